using System.Globalization;
using Zhifa.Domain.Text;

namespace Zhifa.Domain.Lists;

/// <summary>Builders for the kinds of column the lists use, each with its reading and its validation.</summary>
public static class Columns
{
    public static ListColumn<T> Text<T>(
        string name,
        string zh,
        string en,
        Func<T, string?> get,
        Action<T, string?> set,
        bool required = false,
        int maxLength = 200,
        bool longText = false)
        where T : IListItem => new()
        {
            Name = name,
            HeaderZh = zh,
            HeaderEn = en,
            IsRequired = required,
            MaxLength = maxLength,
            IsLongText = longText,
            Read = item => get(item) ?? "",
            Write = (item, text) =>
            {
                var problem = CheckText(text, maxLength);
                if (problem is null)
                {
                    set(item, text);
                }

                return problem;
            },
            Clear = item => set(item, null),
        };

    /// <summary>A natural person's name: middle-dot look-alikes are normalised and the length is checked.</summary>
    public static ListColumn<T> PersonName<T>(string name, string zh, string en, Func<T, string> get, Action<T, string> set)
        where T : IListItem => new()
        {
            Name = name,
            HeaderZh = zh,
            HeaderEn = en,
            IsRequired = true,
            MaxLength = Zhifa.Domain.Text.PersonName.MaxLength,
            Read = get,
            Write = (item, text) =>
            {
                var parsed = Zhifa.Domain.Text.PersonName.Parse(text);
                if (!parsed.IsSuccess)
                {
                    return new ColumnProblem(parsed.Errors[0].Code, parsed.Errors[0].Message);
                }

                set(item, parsed.Value.Value);
                return null;
            },
        };

    public static ListColumn<T> Date<T>(string name, string zh, string en, Func<T, DateOnly> get, Action<T, DateOnly> set)
        where T : IListItem => new()
        {
            Name = name,
            HeaderZh = zh,
            HeaderEn = en,
            IsRequired = true,
            MaxLength = 10,
            Read = item => get(item).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Write = (item, text) =>
            {
                if (!DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    return new ColumnProblem("list.invalid_date", "Not a date; write it as YYYY-MM-DD, for example 2026-03-01.");
                }

                set(item, day);
                return null;
            },
        };

    /// <summary>An amount in yuan, at most two decimals, not negative.</summary>
    public static ListColumn<T> Amount<T>(
        string name,
        string zh,
        string en,
        Func<T, decimal?> get,
        Action<T, decimal?> set,
        bool required = false,
        decimal max = 100_000_000m)
        where T : IListItem => new()
        {
            Name = name,
            HeaderZh = zh,
            HeaderEn = en,
            IsRequired = required,
            IsNumeric = true,
            MaxLength = 20,
            Read = item => get(item)?.ToString("0.##", CultureInfo.InvariantCulture) ?? "",
            Write = (item, text) =>
            {
                var normalised = text.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
                if (!decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
                    || decimal.Round(amount, 2) != amount
                    || amount > max)
                {
                    return new ColumnProblem(
                        "list.invalid_amount",
                        $"Not an amount; write a number of yuan from 0 to {max.ToString("0", CultureInfo.InvariantCulture)} with at most two decimals, such as 5000 or 1250.50.");
                }

                set(item, amount);
                return null;
            },
            Clear = item => set(item, null),
        };

    public static ListColumn<T> Choice<T, TEnum>(string name, string zh, string en, Func<T, TEnum> get, Action<T, TEnum> set)
        where T : IListItem
        where TEnum : struct, Enum
    {
        var choices = EnumLabels.ChoicesOf<TEnum>();
        return new()
        {
            Name = name,
            HeaderZh = zh,
            HeaderEn = en,
            IsRequired = true,
            MaxLength = 40,
            Choices = choices,
            Read = item => EnumLabels.Zh(get(item)),
            Write = (item, text) =>
            {
                if (!EnumLabels.TryParse<TEnum>(text, out var value))
                {
                    return new ColumnProblem(
                        "list.invalid_choice",
                        $"Not one of the allowed values; use one of: {string.Join("、", choices.Select(c => c.Zh))}.");
                }

                set(item, value);
                return null;
            },
        };
    }

    public static ListColumn<T> YesNo<T>(string name, string zh, string en, Func<T, bool> get, Action<T, bool> set)
        where T : IListItem => new()
        {
            Name = name,
            HeaderZh = zh,
            HeaderEn = en,
            IsRequired = true,
            MaxLength = 5,
            Choices = [("true", "是", "Yes"), ("false", "否", "No")],
            Read = item => get(item) ? "是" : "否",
            Write = (item, text) =>
            {
                bool? value = text.ToUpperInvariant() switch
                {
                    "是" or "TRUE" or "YES" or "Y" or "1" => true,
                    "否" or "FALSE" or "NO" or "N" or "0" => false,
                    _ => null,
                };
                if (value is null)
                {
                    return new ColumnProblem("list.invalid_yes_no", "Not yes or no; write 是 or 否.");
                }

                set(item, value.Value);
                return null;
            },
        };

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy/MM/dd", "yyyy.M.d"];

    private static ColumnProblem? CheckText(string text, int maxLength)
    {
        if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            return new ColumnProblem("list.control_character", "Contains a control character; remove it and try again.");
        }

        if (!TextLength.IsWellFormed(text))
        {
            return new ColumnProblem("list.broken_text", "Contains a broken character (a lone UTF-16 surrogate); retype the value.");
        }

        var length = TextLength.CodePoints(text);
        return length > maxLength
            ? new ColumnProblem("list.too_long", $"Too long: {length} characters, at most {maxLength} allowed; shorten it.")
            : null;
    }
}
