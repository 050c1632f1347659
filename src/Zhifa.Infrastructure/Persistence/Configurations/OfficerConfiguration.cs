using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhifa.Domain.Lists;

namespace Zhifa.Infrastructure.Persistence.Configurations;

internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> builder)
    {
        builder.ToTable("officers");
        builder.HasKey(o => o.Id);
        builder.Ignore(o => o.Key);
        builder.Property(o => o.CertificateNumber).HasMaxLength(40);
        builder.HasIndex(o => o.CertificateNumber).IsUnique();
        builder.Property(o => o.Name).HasMaxLength(20);
        builder.Property(o => o.Post).HasMaxLength(60);
        builder.Property(o => o.Categories).HasMaxLength(200);
        builder.Property(o => o.Area).HasMaxLength(60);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => o.OrganisationId);
    }
}
