using Zhifa.Domain.Regulated;

namespace Zhifa.Infrastructure.Demo;

/// <summary>Invented regulated entities, spread over the city and the county offices.</summary>
internal static class DemoRegulatedEntities
{
    public static IEnumerable<(string Organisation, RegulatedEntity Entity)> Build()
    {
        yield return Entity("czrf", "RF-GC-0001", "测试花园小区人防工程", RegulatedEntityKind.CivilAirDefenseWorks, "潞州区", RiskLevel.Medium);
        yield return Entity("czrf", "RF-GC-0002", "样例广场地下人防工程", RegulatedEntityKind.CivilAirDefenseWorks, "潞州区", RiskLevel.High);
        yield return Entity("czrf", "91140400TEST00001X", "测试建设集团有限公司", RegulatedEntityKind.ConstructionUnit, "潞州区", RiskLevel.Medium);
        yield return Entity("czrf", "91140400TEST00002X", "样例建筑设计研究院有限公司", RegulatedEntityKind.DesignFirm, "潞州区", RiskLevel.Low);
        yield return Entity("czrf", "91140400TEST00003X", "测试工程监理有限公司", RegulatedEntityKind.SupervisionFirm, "潞州区", RiskLevel.Medium);
        yield return Entity("czrf", "JB-0001", "测试大厦楼顶警报终端", RegulatedEntityKind.AlarmTerminalSite, "潞州区", RiskLevel.Low);
        yield return Entity("czrf", "JJ-0001", "样例热电有限公司", RegulatedEntityKind.ImportantEconomicTarget, "潞州区", RiskLevel.High);
        yield return Entity("lzq", "RF-GC-0101", "样例家园小区人防工程", RegulatedEntityKind.CivilAirDefenseWorks, "潞州区", RiskLevel.Low);
        yield return Entity("lzq", "JB-0101", "测试中学警报终端", RegulatedEntityKind.AlarmTerminalSite, "潞州区", RiskLevel.Low);
        yield return Entity("xyx", "RF-GC-0201", "襄垣测试商住楼人防工程", RegulatedEntityKind.CivilAirDefenseWorks, "襄垣县", RiskLevel.Medium);
        yield return Entity("xyx", "JJ-0201", "襄垣样例煤业有限公司", RegulatedEntityKind.ImportantEconomicTarget, "襄垣县", RiskLevel.High);
        yield return Entity("qyx", "RF-GC-0301", "沁源样例小区人防工程", RegulatedEntityKind.CivilAirDefenseWorks, "沁源县", RiskLevel.Low);
    }

    private static (string, RegulatedEntity) Entity(
        string organisation, string code, string name, RegulatedEntityKind kind, string region, RiskLevel risk) =>
        (organisation, new RegulatedEntity
        {
            Id = Guid.CreateVersion7(),
            Code = code,
            Name = name,
            Kind = kind,
            Region = region,
            Address = region + "测试路",
            RiskLevel = risk,
        });
}
