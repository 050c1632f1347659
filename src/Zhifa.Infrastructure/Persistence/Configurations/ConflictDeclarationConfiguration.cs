using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhifa.Domain.RandomInspection;

namespace Zhifa.Infrastructure.Persistence.Configurations;

internal sealed class ConflictDeclarationConfiguration : IEntityTypeConfiguration<ConflictDeclaration>
{
    public void Configure(EntityTypeBuilder<ConflictDeclaration> builder)
    {
        builder.ToTable("conflict_declarations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.EntityCode).HasMaxLength(40);
        builder.Property(c => c.Reason).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Note).HasMaxLength(500);
        builder.Property(c => c.DeclaredBy).HasMaxLength(100);
        builder.HasIndex(c => c.OfficerId);
        builder.HasIndex(c => c.OrganisationId);
    }
}
