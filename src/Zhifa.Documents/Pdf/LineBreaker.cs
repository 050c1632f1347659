using System.Globalization;
using System.Text;

namespace Zhifa.Documents.Pdf;

/// <summary>
/// Splits text into lines that fit a width. A line may break between any two Chinese characters and at
/// spaces, but not inside a run of Latin letters, digits and ASCII punctuation (ABC123, ¥1,000.00) unless
/// that run alone is wider than the line. Closing punctuation never starts a line and opening punctuation
/// never ends one (the 避头尾 rule), and ——, …… stay whole.
/// </summary>
internal static class LineBreaker
{
    // Characters that must not start a line: closing brackets and quotes, sentence and clause marks.
    private const string NoLineStart = "，。、；：？！）》」』】〕〉”’…—·％,.;:?!)]}%";

    // Characters that must not end a line: opening brackets and quotes, currency signs, and the middle dot
    // inside transliterated names (阿依古丽·测试), which then never splits from either neighbour.
    private const string NoLineEnd = "（《「『【〔〈“‘·([{¥￥$";

    /// <summary>
    /// Breaks <paramref name="text"/> into lines no wider than <paramref name="firstLineWidth"/> (first line)
    /// and <paramref name="width"/> (the rest), as measured by <paramref name="measure"/>. A line feed forces a
    /// break. A single character wider than the line is put on a line of its own.
    /// </summary>
    public static IReadOnlyList<string> Break(
        string text,
        float firstLineWidth,
        float width,
        Func<string, float> measure)
    {
        var lines = new List<string>();
        var hardLines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        foreach (var hardLine in hardLines)
        {
            var units = Segment(hardLine);
            BreakUnits(units, lines.Count == 0 ? firstLineWidth : width, width, measure, lines);
        }

        return lines;
    }

    private static void BreakUnits(
        List<string> units,
        float firstLineWidth,
        float width,
        Func<string, float> measure,
        List<string> lines)
    {
        if (units.Count == 0)
        {
            lines.Add("");
            return;
        }

        var lineWidth = firstLineWidth;
        var current = new List<string>();
        var index = 0;
        while (index < units.Count)
        {
            var unit = units[index];
            if (current.Count == 0 && unit == " ")
            {
                index++;
                continue;
            }

            var candidate = string.Concat(current) + unit;
            if (measure(candidate.TrimEnd()) <= lineWidth)
            {
                current.Add(unit);
                index++;
                continue;
            }

            if (current.Count == 0)
            {
                // The unit alone is wider than the line: a long Latin word is split by character.
                var (head, rest) = SplitToFit(unit, lineWidth, measure);
                lines.Add(head);
                units[index] = rest;
                lineWidth = width;
                continue;
            }

            var carried = CarryForKinsoku(current, unit);
            lines.Add(string.Concat(current).TrimEnd());
            index -= carried;
            current.Clear();
            lineWidth = width;
        }

        lines.Add(string.Concat(current).TrimEnd());
    }

    // Moves units from the end of the line to the next one while the next line would start with closing
    // punctuation or this line would end with opening punctuation. Returns how many units it moved; it always
    // leaves at least one unit on the line so the loop makes progress.
    private static int CarryForKinsoku(List<string> current, string nextUnit)
    {
        var carried = 0;
        var next = nextUnit;
        while (current.Count > 1)
        {
            var last = current[^1];
            var breaksBadly = StartsWithAny(next, NoLineStart) || EndsWithAny(last, NoLineEnd);
            if (!breaksBadly)
            {
                break;
            }

            current.RemoveAt(current.Count - 1);
            next = last;
            carried++;
        }

        return carried;
    }

    private static (string Head, string Remainder) SplitToFit(string unit, float width, Func<string, float> measure)
    {
        var elements = TextElements(unit);
        var head = new StringBuilder(elements[0]);
        var taken = 1;
        while (taken < elements.Count && measure(head + elements[taken]) <= width)
        {
            head.Append(elements[taken]);
            taken++;
        }

        return (head.ToString(), string.Concat(elements.Skip(taken)));
    }

    /// <summary>
    /// Cuts a line into units that are never split: one Chinese character, one space, a run of
    /// Latin letters, digits and ASCII symbols, or a run of one repeated dash or ellipsis character.
    /// </summary>
    internal static List<string> Segment(string text)
    {
        var units = new List<string>();
        var word = new StringBuilder();
        foreach (var element in TextElements(text))
        {
            if (element == " " || element == "\t")
            {
                FlushWord(units, word);
                units.Add(" ");
            }
            else if (IsWide(element))
            {
                FlushWord(units, word);
                if (units.Count > 0 && IsRepeatable(element) && units[^1].EndsWith(element, StringComparison.Ordinal))
                {
                    units[^1] += element;
                }
                else
                {
                    units.Add(element);
                }
            }
            else
            {
                word.Append(element);
            }
        }

        FlushWord(units, word);
        return units;
    }

    private static void FlushWord(List<string> units, StringBuilder word)
    {
        if (word.Length > 0)
        {
            units.Add(word.ToString());
            word.Clear();
        }
    }

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }

    // Chinese characters, full-width forms and CJK punctuation, plus the dashes, ellipsis, quotes and
    // middle dot that Chinese text uses: each is its own unit, so a line can break beside it.
    private static bool IsWide(string element)
    {
        var rune = Rune.GetRuneAt(element, 0);
        var value = rune.Value;
        return value is >= 0x2E80 and <= 0x9FFF
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFFEF
            or >= 0x20000 and <= 0x3FFFF
            or 0x2014 or 0x2026 or 0x2018 or 0x2019 or 0x201C or 0x201D or 0x00B7;
    }

    private static bool IsRepeatable(string element) => element is "—" or "…";

    private static bool StartsWithAny(string unit, string characters) =>
        unit.Length > 0 && characters.Contains(unit[0], StringComparison.Ordinal);

    private static bool EndsWithAny(string unit, string characters) =>
        unit.Length > 0 && characters.Contains(unit[^1], StringComparison.Ordinal);
}
