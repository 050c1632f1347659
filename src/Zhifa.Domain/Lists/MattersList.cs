namespace Zhifa.Domain.Lists;

/// <summary>The enforcement matters list (执法事项清单), with each matter's service guide.</summary>
public static class MattersList
{
    public static ListDefinition<EnforcementMatter> Definition { get; } = new(
        ListKind.Matters,
        "matters",
        "执法事项清单",
        "Enforcement matters",
        () => new EnforcementMatter
        {
            Code = "",
            Name = "",
            Category = "",
            LegalBasisLaw = "",
            LegalBasisArticle = "",
            LegalBasisText = "",
            EnforcementBody = "",
        },
        [
            Columns.Text<EnforcementMatter>("code", "事项编码", "Code", m => m.Code, (m, v) => m.Code = v ?? "", required: true, maxLength: 40),
            Columns.Text<EnforcementMatter>("name", "事项名称", "Name", m => m.Name, (m, v) => m.Name = v ?? "", required: true),
            Columns.Choice<EnforcementMatter, MatterKind>("kind", "事项类别", "Kind", m => m.Kind, (m, v) => m.Kind = v),
            Columns.Text<EnforcementMatter>("category", "执法领域", "Category", m => m.Category, (m, v) => m.Category = v ?? "", required: true, maxLength: 60),
            Columns.Text<EnforcementMatter>("basis_law", "法律依据（法规名称）", "Legal basis: law",
                m => m.LegalBasisLaw, (m, v) => m.LegalBasisLaw = v ?? "", required: true),
            Columns.Text<EnforcementMatter>("basis_article", "法律依据（条款）", "Legal basis: article",
                m => m.LegalBasisArticle, (m, v) => m.LegalBasisArticle = v ?? "", required: true, maxLength: 60),
            Columns.Text<EnforcementMatter>("basis_text", "法律依据（条文内容）", "Legal basis: text",
                m => m.LegalBasisText, (m, v) => m.LegalBasisText = v ?? "", required: true, maxLength: 4000, longText: true),
            Columns.Text<EnforcementMatter>("enforcement_body", "实施主体", "Enforcement body",
                m => m.EnforcementBody, (m, v) => m.EnforcementBody = v ?? "", required: true),
            Columns.Amount<EnforcementMatter>("fine_min_individual", "罚款下限（公民，元）", "Minimum fine, individual (yuan)",
                m => m.FineMinIndividual, (m, v) => m.FineMinIndividual = v),
            Columns.Amount<EnforcementMatter>("fine_max_individual", "罚款上限（公民，元）", "Maximum fine, individual (yuan)",
                m => m.FineMaxIndividual, (m, v) => m.FineMaxIndividual = v),
            Columns.Amount<EnforcementMatter>("fine_min_unit", "罚款下限（单位，元）", "Minimum fine, unit (yuan)",
                m => m.FineMinUnit, (m, v) => m.FineMinUnit = v),
            Columns.Amount<EnforcementMatter>("fine_max_unit", "罚款上限（单位，元）", "Maximum fine, unit (yuan)",
                m => m.FineMaxUnit, (m, v) => m.FineMaxUnit = v),
            LongText("discretion_benchmark", "裁量基准", "Discretion benchmark", m => m.DiscretionBenchmark, (m, v) => m.DiscretionBenchmark = v),
            Columns.Text<EnforcementMatter>("accepting_body", "受理机构", "Accepting body", m => m.AcceptingBody, (m, v) => m.AcceptingBody = v),
            Columns.Text<EnforcementMatter>("deciding_body", "决定机构", "Deciding body", m => m.DecidingBody, (m, v) => m.DecidingBody = v),
            LongText("conditions", "实施条件", "Conditions", m => m.Conditions, (m, v) => m.Conditions = v),
            LongText("materials", "所需材料", "Materials", m => m.Materials, (m, v) => m.Materials = v),
            LongText("procedure", "办理程序", "Procedure", m => m.Procedure, (m, v) => m.Procedure = v),
            Columns.Text<EnforcementMatter>("time_limit", "办理时限", "Time limit", m => m.TimeLimit, (m, v) => m.TimeLimit = v),
            LongText("supervision", "监督方式", "Supervision", m => m.Supervision, (m, v) => m.Supervision = v),
            LongText("remedies", "救济途径", "Remedies", m => m.Remedies, (m, v) => m.Remedies = v),
            Columns.Text<EnforcementMatter>("office_hours", "办公时间", "Office hours", m => m.OfficeHours, (m, v) => m.OfficeHours = v),
            Columns.Text<EnforcementMatter>("address", "办公地址", "Address", m => m.Address, (m, v) => m.Address = v),
            Columns.Text<EnforcementMatter>("telephone", "联系电话", "Telephone", m => m.Telephone, (m, v) => m.Telephone = v, maxLength: 40),
        ],
        CrossChecks);

    private static ListColumn<EnforcementMatter> LongText(
        string name, string zh, string en, Func<EnforcementMatter, string?> get, Action<EnforcementMatter, string?> set) =>
        Columns.Text(name, zh, en, get, set, maxLength: 4000, longText: true);

    private static IEnumerable<FieldError> CrossChecks(EnforcementMatter matter)
    {
        if (matter.FineMinIndividual > matter.FineMaxIndividual)
        {
            yield return RangeReversed("fine_min_individual", matter.FineMinIndividual);
        }

        if (matter.FineMinUnit > matter.FineMaxUnit)
        {
            yield return RangeReversed("fine_min_unit", matter.FineMinUnit);
        }
    }

    private static FieldError RangeReversed(string column, decimal? value) => new(
        0,
        column,
        value?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        "matters.fine_range_reversed",
        "The minimum fine is above the maximum fine; correct the range.");
}
