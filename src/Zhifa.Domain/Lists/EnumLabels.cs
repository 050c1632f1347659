namespace Zhifa.Domain.Lists;

/// <summary>Chinese and English labels of the enumerations that appear in lists, files and pages.</summary>
public static class EnumLabels
{
    private static readonly Dictionary<Enum, (string Zh, string En)> Labels = new()
    {
        [MatterKind.Penalty] = ("行政处罚", "Penalty"),
        [MatterKind.Inspection] = ("行政检查", "Inspection"),
        [MatterKind.CoerciveMeasure] = ("行政强制", "Coercive measure"),
        [MatterKind.Permit] = ("行政许可", "Permit"),
        [MatterKind.Fee] = ("行政征收", "Fee"),
        [OfficerStatus.Active] = ("在岗", "Active"),
        [OfficerStatus.Suspended] = ("暂扣", "Suspended"),
        [OfficerStatus.Revoked] = ("注销", "Revoked"),
        [OfficerStatus.Retired] = ("退休", "Retired"),
        [RecordedStage.OnSiteInspection] = ("现场检查", "On-site inspection"),
        [RecordedStage.EvidenceCollection] = ("调查取证", "Evidence collection"),
        [RecordedStage.EvidencePreservation] = ("证据保全", "Evidence preservation"),
        [RecordedStage.CoerciveMeasure] = ("行政强制措施", "Coercive measure"),
        [RecordedStage.Hearing] = ("听证", "Hearing"),
        [RecordedStage.Delivery] = ("送达", "Delivery"),
        [RecordedStage.Execution] = ("执行", "Execution"),
        [MajorCondition.FineAtLeast] = ("罚款数额达到标准", "Fine at or above the threshold"),
        [MajorCondition.QualificationLoweredOrRevoked] = ("降低资质等级或吊销资质证书", "Qualification lowered or revoked"),
        [MajorCondition.StopOrder] = ("责令停产停业或关闭", "Order to stop or close"),
        [MajorCondition.HearingHeld] = ("经过听证程序", "Hearing held"),
        [MajorCondition.ComplexFacts] = ("案件情况疑难复杂", "Complex facts"),
        [MajorCondition.MajorPublicInterest] = ("涉及重大公共利益", "Major public interest"),
        [MajorCondition.Other] = ("其他", "Other"),
        [Regulated.RegulatedEntityKind.CivilAirDefenseWorks] = ("人防工程", "Civil air defense works"),
        [Regulated.RegulatedEntityKind.ConstructionUnit] = ("建设单位", "Construction unit"),
        [Regulated.RegulatedEntityKind.DesignFirm] = ("设计单位", "Design firm"),
        [Regulated.RegulatedEntityKind.SupervisionFirm] = ("监理单位", "Supervision firm"),
        [Regulated.RegulatedEntityKind.AlarmTerminalSite] = ("警报终端设置点", "Alarm terminal site"),
        [Regulated.RegulatedEntityKind.ImportantEconomicTarget] = ("重要经济目标", "Important economic target"),
        [Regulated.RiskLevel.Low] = ("低", "Low"),
        [Regulated.RiskLevel.Medium] = ("中", "Medium"),
        [Regulated.RiskLevel.High] = ("高", "High"),
        [CertificateState.Valid] = ("有效", "Valid"),
        [CertificateState.NotYetValid] = ("未生效", "Not yet valid"),
        [CertificateState.Expired] = ("已过期", "Expired"),
        [CertificateState.Inactive] = ("不在岗", "Inactive"),
    };

    public static string Zh(Enum value) => Labels.TryGetValue(value, out var label) ? label.Zh : value.ToString();

    public static string En(Enum value) => Labels.TryGetValue(value, out var label) ? label.En : value.ToString();

    /// <summary>The label in the given language ("en" or anything else for Chinese).</summary>
    public static string For(Enum value, string language) =>
        language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En(value) : Zh(value);

    /// <summary>Every value of <typeparamref name="TEnum"/> as (name, Chinese label, English label).</summary>
    public static IReadOnlyList<(string Value, string Zh, string En)> ChoicesOf<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => (v.ToString(), Zh(v), En(v))).ToList();

    /// <summary>Reads an enum value from its name or either label, ignoring case.</summary>
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(Zh(candidate), text, StringComparison.Ordinal)
                || string.Equals(En(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
