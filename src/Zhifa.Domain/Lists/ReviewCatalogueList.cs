namespace Zhifa.Domain.Lists;

/// <summary>The legal review catalogue (重大执法决定法制审核目录清单).</summary>
public static class ReviewCatalogueList
{
    public static ListDefinition<ReviewCatalogueItem> Definition { get; } = new(
        ListKind.ReviewCatalogue,
        "review-catalogue",
        "重大执法决定法制审核目录清单",
        "Legal review catalogue",
        () => new ReviewCatalogueItem { Code = "", Description = "", LegalBasis = "" },
        [
            Columns.Text<ReviewCatalogueItem>("code", "编号", "Code", r => r.Code, (r, v) => r.Code = v ?? "", required: true, maxLength: 40),
            Columns.Choice<ReviewCatalogueItem, MajorCondition>("condition", "情形类别", "Condition",
                r => r.Condition, (r, v) => r.Condition = v),
            Columns.Text<ReviewCatalogueItem>("description", "具体情形", "Description",
                r => r.Description, (r, v) => r.Description = v ?? "", required: true, maxLength: 1000, longText: true),
            Columns.Amount<ReviewCatalogueItem>("threshold_individual", "罚款标准（公民，元）", "Threshold, individual (yuan)",
                r => r.ThresholdIndividual, (r, v) => r.ThresholdIndividual = v),
            Columns.Amount<ReviewCatalogueItem>("threshold_unit", "罚款标准（单位，元）", "Threshold, unit (yuan)",
                r => r.ThresholdUnit, (r, v) => r.ThresholdUnit = v),
            Columns.Text<ReviewCatalogueItem>("legal_basis", "依据", "Legal basis",
                r => r.LegalBasis, (r, v) => r.LegalBasis = v ?? "", required: true, maxLength: 1000),
        ],
        CrossChecks);

    private static IEnumerable<FieldError> CrossChecks(ReviewCatalogueItem item)
    {
        if (item.Condition == MajorCondition.FineAtLeast && item.ThresholdIndividual is null && item.ThresholdUnit is null)
        {
            yield return new FieldError(0, "threshold_unit", "", "catalogue.threshold_missing",
                "A fine condition needs a threshold for individuals, for units, or both; fill one in.");
        }
    }
}
