using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhifa.Domain.Calendar;
using Zhifa.Infrastructure.Calendar;

namespace Zhifa.Infrastructure.Persistence.Configurations;

internal sealed class PublishedYearRowConfiguration : IEntityTypeConfiguration<PublishedYearRow>
{
    public void Configure(EntityTypeBuilder<PublishedYearRow> builder)
    {
        builder.ToTable("calendar_published_years");
        builder.HasKey(y => y.Id);
        builder.Property(y => y.NoticeTitle).HasMaxLength(HolidayNotice.MaxTitleLength);
        builder.Property(y => y.DocumentNumber).HasMaxLength(HolidayNotice.MaxDocumentNumberLength);
        builder.Property(y => y.SourceUrl).HasMaxLength(HolidayNotice.MaxSourceUrlLength);
        builder.Property(y => y.PublishedByName).HasMaxLength(100);

        // One row per (year, version): a second writer cannot take a version number already taken.
        builder.HasIndex(y => new { y.Year, y.Version }).IsUnique();
        builder.HasMany(y => y.Days)
            .WithOne()
            .HasForeignKey(d => d.PublishedYearId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CalendarDayRowConfiguration : IEntityTypeConfiguration<CalendarDayRow>
{
    public void Configure(EntityTypeBuilder<CalendarDayRow> builder)
    {
        builder.ToTable("calendar_days");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Name).HasMaxLength(HolidayNotice.MaxDayNameLength);
        builder.HasIndex(d => new { d.PublishedYearId, d.Date }).IsUnique();
        builder.HasIndex(d => d.Date);
    }
}
