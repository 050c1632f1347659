using System.Globalization;
using System.Text;

namespace Zhifa.Documents.Model;

/// <summary>
/// Formats calendar dates the way Chinese official documents print them.
/// </summary>
public static class ChineseDate
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>
    /// Formats <paramref name="date"/> as 2026年6月1日 or 二〇二六年六月一日. The year is written digit by
    /// digit (二〇二六), while months and days are written as numbers (十一月, 二十一日, 三十日).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The style is not a defined value.</exception>
    public static string Format(DateOnly date, ChineseDateStyle style) => style switch
    {
        ChineseDateStyle.Arabic => string.Create(
            CultureInfo.InvariantCulture,
            $"{date.Year}年{date.Month}月{date.Day}日"),
        ChineseDateStyle.ChineseNumerals =>
            $"{YearDigits(date.Year)}年{SmallNumber(date.Month)}月{SmallNumber(date.Day)}日",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown date style."),
    };

    private static string YearDigits(int year)
    {
        var text = new StringBuilder();
        foreach (var digit in year.ToString(CultureInfo.InvariantCulture))
        {
            text.Append(Digits[digit - '0']);
        }

        return text.ToString();
    }

    // Months and days run from 1 to 31: 一 … 十, 十一 … 十九, 二十, 二十一 … 三十一.
    private static string SmallNumber(int value)
    {
        var tens = value / 10;
        var units = value % 10;
        var tensText = tens switch
        {
            0 => "",
            1 => "十",
            _ => $"{Digits[tens]}十",
        };
        var unitsText = units == 0 ? "" : Digits[units].ToString();
        return tensText + unitsText;
    }
}
