using System.Globalization;
using System.Text.Json;

namespace Zhifa.Web.Localization;

/// <summary>
/// The interface's words in Simplified Chinese (the default) and English, looked up by key in the
/// request's UI culture. Keys missing from English fall back to Chinese; keys missing from both show
/// the key, which the tests catch.
/// </summary>
public sealed class Texts
{
    private readonly Dictionary<string, string> _zh;
    private readonly Dictionary<string, string> _en;

    public Texts()
    {
        _zh = Load("zh-CN");
        _en = Load("en");
    }

    public string this[string key] => Lookup(key) ?? key;

    /// <summary>A text with {name} placeholders filled in.</summary>
    public string Format(string key, params (string Name, object? Value)[] values)
    {
        var text = this[key];
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>
    /// The Chinese text of an error code; null in English and for codes without a translation, so the
    /// caller shows the error's own English message.
    /// </summary>
    public string? ForCode(string code) => IsEnglish ? null : _zh.GetValueOrDefault("error." + code);

    /// <summary>
    /// The text of an error in the user's language: the Chinese text of its code with {name} placeholders
    /// filled from the error's arguments, or the error's own English message.
    /// </summary>
    public string ForError(Zhifa.Domain.Common.Error error)
    {
        var text = ForCode(error.Code);
        if (text is null)
        {
            return error.Message;
        }

        foreach (var (name, value) in error.Arguments)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>
    /// The text of an error followed by its legal source, unless the text names it already. The English message
    /// of a rule carries its source, so only Chinese texts get it appended.
    /// </summary>
    public string ForErrorWithSource(Zhifa.Domain.Common.Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = ForError(error);
        return !IsEnglish && error.Arguments.TryGetValue("source", out var source) && !text.Contains(source, StringComparison.Ordinal)
            ? $"{text}（依据：{source}）"
            : text;
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public string Language => IsEnglish ? "en" : "zh";

    private string? Lookup(string key) =>
        IsEnglish && _en.TryGetValue(key, out var english) ? english
        : _zh.TryGetValue(key, out var chinese) ? chinese
        : null;

    /// <summary>
    /// Merges every embedded text file of the culture (one per feature, so features add words without
    /// touching each other's files); a key defined twice is a build mistake and stops start-up.
    /// </summary>
    private static Dictionary<string, string> Load(string culture)
    {
        var assembly = typeof(Texts).Assembly;
        var suffix = $".{culture}.json";
        var names = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("Zhifa.Web.Resources.", StringComparison.Ordinal) && name.EndsWith(suffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0)
        {
            throw new InvalidOperationException($"The text resources for {culture} are missing from the build.");
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var file = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"The text resource {name} is empty.");
            foreach (var (key, value) in file)
            {
                if (!texts.TryAdd(key, value))
                {
                    throw new InvalidOperationException($"The text key {key} is defined twice for {culture}; {name} repeats it.");
                }
            }
        }

        return texts;
    }
}
