using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhifa.Domain.Cases;

namespace Zhifa.Infrastructure.Persistence.Configurations;

internal sealed class CaseStepConfiguration : IEntityTypeConfiguration<CaseStep>
{
    public void Configure(EntityTypeBuilder<CaseStep> builder)
    {
        builder.ToTable("case_steps");
        builder.HasKey(s => s.Id);

        // The per-case sequence orders the history; it is unique, the timestamp is not.
        builder.HasIndex(s => new { s.CaseId, s.Sequence }).IsUnique();
        builder.Property(s => s.Action).HasMaxLength(40);
        builder.Property(s => s.FromStage).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.ToStage).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.ActorName).HasMaxLength(60);
        builder.Property(s => s.Certificate).HasMaxLength(40);
    }
}
