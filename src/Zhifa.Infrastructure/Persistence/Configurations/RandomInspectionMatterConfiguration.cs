using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhifa.Domain.Lists;

namespace Zhifa.Infrastructure.Persistence.Configurations;

internal sealed class RandomInspectionMatterConfiguration : IEntityTypeConfiguration<RandomInspectionMatter>
{
    public void Configure(EntityTypeBuilder<RandomInspectionMatter> builder)
    {
        builder.ToTable("random_inspection_matters");
        builder.HasKey(m => m.Id);
        builder.Ignore(m => m.Key);
        builder.Property(m => m.Code).HasMaxLength(40);
        builder.HasIndex(m => m.Code).IsUnique();
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.InspectingBody).HasMaxLength(200);
        builder.Property(m => m.LegalBasis).HasMaxLength(2000);
        builder.Property(m => m.TargetKinds).HasMaxLength(200);
        builder.Property(m => m.Content).HasMaxLength(2000);
        builder.Property(m => m.RatioPercent).HasPrecision(5, 2);
        builder.Property(m => m.Method).HasMaxLength(200);
        builder.Property(m => m.Frequency).HasMaxLength(200);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => m.OrganisationId);
    }
}
