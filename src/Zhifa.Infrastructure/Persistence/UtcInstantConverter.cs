using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Zhifa.Infrastructure.Persistence;

/// <summary>
/// Normalises an instant to offset zero before PostgreSQL stores it as timestamptz, which Npgsql requires;
/// the instant is unchanged, only the offset it is written with.
/// </summary>
public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
