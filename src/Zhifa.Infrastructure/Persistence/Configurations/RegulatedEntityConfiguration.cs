using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhifa.Domain.Regulated;

namespace Zhifa.Infrastructure.Persistence.Configurations;

internal sealed class RegulatedEntityConfiguration : IEntityTypeConfiguration<RegulatedEntity>
{
    public void Configure(EntityTypeBuilder<RegulatedEntity> builder)
    {
        builder.ToTable("regulated_entities");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Code).HasMaxLength(40);
        builder.HasIndex(e => e.Code).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Region).HasMaxLength(60);
        builder.Property(e => e.Address).HasMaxLength(200);
        builder.Property(e => e.RiskLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.OwnerCode).HasMaxLength(40);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.Key);
        builder.HasIndex(e => e.OrganisationId);
        builder.HasIndex(e => e.OwnerCode);
    }
}
