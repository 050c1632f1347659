using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhifa.Domain.Lists;

namespace Zhifa.Infrastructure.Persistence.Configurations;

internal sealed class ReviewCatalogueItemConfiguration : IEntityTypeConfiguration<ReviewCatalogueItem>
{
    public void Configure(EntityTypeBuilder<ReviewCatalogueItem> builder)
    {
        builder.ToTable("review_catalogue");
        builder.HasKey(r => r.Id);
        builder.Ignore(r => r.Key);
        builder.Property(r => r.Code).HasMaxLength(40);
        builder.HasIndex(r => r.Code).IsUnique();
        builder.Property(r => r.Condition).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Description).HasMaxLength(1000);
        builder.Property(r => r.ThresholdIndividual).HasPrecision(14, 2);
        builder.Property(r => r.ThresholdUnit).HasPrecision(14, 2);
        builder.Property(r => r.LegalBasis).HasMaxLength(1000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.OrganisationId);
    }
}
