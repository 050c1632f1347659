using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhifa.Domain.RandomInspection;

namespace Zhifa.Infrastructure.Persistence.Configurations;

internal sealed class InspectionPlanConfiguration : IEntityTypeConfiguration<InspectionPlan>
{
    public void Configure(EntityTypeBuilder<InspectionPlan> builder)
    {
        builder.ToTable("inspection_plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.MatterCode).HasMaxLength(40);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.TargetKinds).HasMaxLength(200);
        builder.Property(p => p.Region).HasMaxLength(60);
        builder.Property(p => p.Category).HasMaxLength(60);
        builder.Property(p => p.Ratio).HasPrecision(9, 6);
        builder.Property(p => p.Frequency).HasMaxLength(200);
        // Two requests drawing the same plan: the second one's UPDATE finds the status changed and fails.
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(p => p.CreatedBy).HasMaxLength(100);
        builder.Property(p => p.Commitment).HasMaxLength(64);
        builder.Property(p => p.Witness).HasMaxLength(200);
        builder.Property(p => p.Seed).HasMaxLength(64);
        builder.Property(p => p.DrawnBy).HasMaxLength(100);

        // The inputs and the result are unbounded JSON: a draw over 100,000 candidates is several MB.
        builder.Property(p => p.Inputs);
        builder.Property(p => p.Result);
        builder.HasIndex(p => p.OrganisationId);
        builder.HasIndex(p => new { p.MatterId, p.DrawnAt });
    }
}
