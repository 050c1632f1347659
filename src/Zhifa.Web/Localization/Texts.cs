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

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public string Language => IsEnglish ? "en" : "zh";

    private string? Lookup(string key) =>
        IsEnglish && _en.TryGetValue(key, out var english) ? english
        : _zh.TryGetValue(key, out var chinese) ? chinese
        : null;

    private static Dictionary<string, string> Load(string culture)
    {
        var assembly = typeof(Texts).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Zhifa.Web.Resources.texts.{culture}.json")
            ?? throw new InvalidOperationException($"The text resource for {culture} is missing from the build.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"The text resource for {culture} is empty.");
    }
}
