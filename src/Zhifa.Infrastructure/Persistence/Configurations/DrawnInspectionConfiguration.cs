using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhifa.Domain.RandomInspection;

namespace Zhifa.Infrastructure.Persistence.Configurations;

internal sealed class DrawnInspectionConfiguration : IEntityTypeConfiguration<DrawnInspection>
{
    public void Configure(EntityTypeBuilder<DrawnInspection> builder)
    {
        builder.ToTable("drawn_inspections");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.InspectorIds).HasMaxLength(400);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<InspectionPlan>().WithMany().HasForeignKey(t => t.PlanId);
        builder.HasIndex(t => new { t.PlanId, t.Position }).IsUnique();
        builder.HasIndex(t => t.TargetId);
        builder.HasIndex(t => t.OrganisationId);
    }
}
