namespace Zhifa.Domain.Lists;

/// <summary>The random-inspection matters list (随机抽查事项清单).</summary>
public static class RandomInspectionMattersList
{
    public static ListDefinition<RandomInspectionMatter> Definition { get; } = new(
        ListKind.RandomInspectionMatters,
        "random-inspection-matters",
        "随机抽查事项清单",
        "Random-inspection matters",
        () => new RandomInspectionMatter
        {
            Code = "",
            Name = "",
            InspectingBody = "",
            LegalBasis = "",
            TargetKinds = "",
            Content = "",
            Method = "",
            Frequency = "",
        },
        [
            Columns.Text<RandomInspectionMatter>("code", "事项编码", "Code", m => m.Code, (m, v) => m.Code = v ?? "", required: true, maxLength: 40),
            Columns.Text<RandomInspectionMatter>("name", "抽查事项", "Name", m => m.Name, (m, v) => m.Name = v ?? "", required: true),
            Columns.Text<RandomInspectionMatter>("inspecting_body", "抽查主体", "Inspecting body",
                m => m.InspectingBody, (m, v) => m.InspectingBody = v ?? "", required: true),
            Columns.Text<RandomInspectionMatter>("legal_basis", "抽查依据", "Legal basis",
                m => m.LegalBasis, (m, v) => m.LegalBasis = v ?? "", required: true, maxLength: 2000, longText: true),
            Columns.Text<RandomInspectionMatter>("target_kinds", "抽查对象", "Target kinds",
                m => m.TargetKinds, (m, v) => m.TargetKinds = v ?? "", required: true),
            Columns.Text<RandomInspectionMatter>("content", "抽查内容", "Content",
                m => m.Content, (m, v) => m.Content = v ?? "", required: true, maxLength: 2000, longText: true),
            Columns.Amount<RandomInspectionMatter>("ratio_percent", "抽查比例（%）", "Ratio (%)",
                m => m.RatioPercent, (m, v) => m.RatioPercent = v ?? 0, required: true, max: 100),
            Columns.Text<RandomInspectionMatter>("method", "抽查方式", "Method", m => m.Method, (m, v) => m.Method = v ?? "", required: true),
            Columns.Text<RandomInspectionMatter>("frequency", "抽查频次", "Frequency",
                m => m.Frequency, (m, v) => m.Frequency = v ?? "", required: true),
        ],
        CrossChecks);

    private static IEnumerable<FieldError> CrossChecks(RandomInspectionMatter matter)
    {
        if (matter.RatioPercent <= 0)
        {
            yield return new FieldError(0, "ratio_percent", "0", "random.ratio_zero",
                "The ratio must be above 0%; a draw of no targets inspects nobody.");
        }
    }
}
