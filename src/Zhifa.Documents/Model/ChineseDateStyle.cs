namespace Zhifa.Documents.Model;

/// <summary>
/// How <see cref="ChineseDate.Format"/> writes the digits of a date.
/// </summary>
public enum ChineseDateStyle
{
    /// <summary>Arabic digits without leading zeros: 2026年6月1日.</summary>
    Arabic,

    /// <summary>Chinese numerals, with 〇 for zero in the year: 二〇二六年六月一日.</summary>
    ChineseNumerals,
}
