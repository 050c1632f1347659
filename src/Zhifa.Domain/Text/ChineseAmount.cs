using System.Text;

namespace Zhifa.Domain.Text;

/// <summary>
/// Writes an amount of yuan in Chinese capital numerals (大写金额), as decisions and receipts print it beside the
/// figures so that the amount cannot be altered: 53000 → 伍万叁仟元整, 1000.5 → 壹仟元伍角.
/// </summary>
public static class ChineseAmount
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] SmallUnits = ["", "拾", "佰", "仟"];
    private static readonly string[] GroupUnits = ["", "万", "亿", "万亿"];

    /// <exception cref="ArgumentOutOfRangeException">The amount is negative or 10^16 yuan or more.</exception>
    public static string ToCapital(decimal amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(amount, 10_000_000_000_000_000m);

        var fen = (long)Math.Round(amount * 100, MidpointRounding.AwayFromZero);
        var yuan = fen / 100;
        var jiao = (int)(fen / 10 % 10);
        var cents = (int)(fen % 10);
        var text = new StringBuilder();
        if (yuan > 0)
        {
            text.Append(Integer(yuan)).Append('元');
        }

        if (jiao == 0 && cents == 0)
        {
            return yuan == 0 ? "零元整" : text.Append('整').ToString();
        }

        if (jiao > 0)
        {
            text.Append(Digits[jiao]).Append('角');
        }
        else if (yuan > 0)
        {
            text.Append('零');
        }

        if (cents > 0)
        {
            text.Append(Digits[cents]).Append('分');
        }

        return text.ToString();
    }

    private static string Integer(long value)
    {
        var groups = new List<int>();
        for (; value > 0; value /= 10_000)
        {
            groups.Add((int)(value % 10_000));
        }

        var text = new StringBuilder();
        var pendingZero = false;
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            var group = groups[g];
            if (group == 0)
            {
                pendingZero = text.Length > 0;
                continue;
            }

            if (pendingZero || (text.Length > 0 && group < 1000))
            {
                text.Append('零');
            }

            text.Append(Group(group)).Append(GroupUnits[g]);
            pendingZero = false;
        }

        return text.ToString();
    }

    private static string Group(int group)
    {
        var text = new StringBuilder();
        var zero = false;
        for (var position = 3; position >= 0; position--)
        {
            var digit = group / (int)Math.Pow(10, position) % 10;
            if (digit == 0)
            {
                zero = text.Length > 0;
                continue;
            }

            if (zero)
            {
                text.Append('零');
                zero = false;
            }

            text.Append(Digits[digit]).Append(SmallUnits[position]);
        }

        return text.ToString();
    }
}
