namespace Zhifa.Domain.Common;

/// <summary>
/// The article a business rule comes from, in Chinese for the people who read refusals and in English for
/// logs and API clients, for example 《行政处罚法》第四十二条 and "Administrative Penalty Law Art. 42".
/// </summary>
public sealed record LegalSource(string Chinese, string English);
