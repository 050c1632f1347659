using Zhifa.Domain.Lists;

namespace Zhifa.Domain.Regulated;

/// <summary>
/// The directory of regulated entities (监管对象名录) as a list: edited, imported and exported like the
/// five lists, but not published, because it names works and sites the agency protects.
/// </summary>
public static class RegulatedEntitiesList
{
    public static ListDefinition<RegulatedEntity> Definition { get; } = new(
        ListKind.RegulatedEntities,
        "regulated-entities",
        "监管对象名录",
        "Regulated entities",
        () => new RegulatedEntity { Code = "", Name = "", Region = "" },
        [
            Columns.Text<RegulatedEntity>("code", "统一社会信用代码或登记编号", "Credit code or register number",
                e => e.Code, (e, v) => e.Code = v ?? "", required: true, maxLength: 40),
            Columns.Text<RegulatedEntity>("name", "名称", "Name", e => e.Name, (e, v) => e.Name = v ?? "", required: true),
            Columns.Choice<RegulatedEntity, RegulatedEntityKind>("kind", "类别", "Kind", e => e.Kind, (e, v) => e.Kind = v),
            Columns.Text<RegulatedEntity>("region", "所在区域", "Region", e => e.Region, (e, v) => e.Region = v ?? "",
                required: true, maxLength: 60),
            Columns.Text<RegulatedEntity>("address", "地址", "Address", e => e.Address, (e, v) => e.Address = v),
            Columns.Choice<RegulatedEntity, RiskLevel>("risk_level", "风险等级", "Risk level",
                e => e.RiskLevel, (e, v) => e.RiskLevel = v),
            Columns.Text<RegulatedEntity>("owner_code", "权属单位统一社会信用代码", "Owner's credit code",
                e => e.OwnerCode, (e, v) => e.OwnerCode = v, maxLength: 40),
        ],
        isPublished: false);
}
