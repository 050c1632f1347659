using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhifa.Infrastructure.Identity;

namespace Zhifa.Infrastructure.Persistence.Configurations;

internal sealed class ZhifaUserConfiguration : IEntityTypeConfiguration<ZhifaUser>
{
    public void Configure(EntityTypeBuilder<ZhifaUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(20);
        builder.Property(u => u.CertificateNumber).HasMaxLength(40);
        builder.HasIndex(u => u.OrganisationId);
    }
}
