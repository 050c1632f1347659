using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhifa.Domain.Lists;

namespace Zhifa.Infrastructure.Persistence.Configurations;

internal sealed class RecordingMatterConfiguration : IEntityTypeConfiguration<RecordingMatter>
{
    public void Configure(EntityTypeBuilder<RecordingMatter> builder)
    {
        builder.ToTable("recording_matters");
        builder.HasKey(m => m.Id);
        builder.Ignore(m => m.Key);
        builder.Property(m => m.Code).HasMaxLength(40);
        builder.HasIndex(m => m.Code).IsUnique();
        builder.Property(m => m.MatterCode).HasMaxLength(40);
        builder.Property(m => m.Stage).HasConversion<string>().HasMaxLength(40);
        builder.Property(m => m.RecordingMethod).HasMaxLength(200);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => m.OrganisationId);
    }
}
