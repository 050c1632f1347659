using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Zhifa.Infrastructure.Persistence;

/// <summary>Stores an instant as its UTC ticks; read back with offset zero, the original instant kept.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
