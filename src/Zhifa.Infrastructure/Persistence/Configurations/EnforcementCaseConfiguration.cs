using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhifa.Domain.Cases;

namespace Zhifa.Infrastructure.Persistence.Configurations;

internal sealed class EnforcementCaseConfiguration : IEntityTypeConfiguration<EnforcementCase>
{
    public void Configure(EntityTypeBuilder<EnforcementCase> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Number).HasMaxLength(60);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => new { c.OrganisationId, c.Stage });
        // The case list pages newest change first; with the id as tie-breaker one index serves the order.
        builder.HasIndex(c => new { c.UpdatedAt, c.Id });
        builder.HasIndex(c => c.DrawnInspectionId).IsUnique();
        builder.Property(c => c.Procedure).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Title).HasMaxLength(CaseRegistration.TitleMaxLength);
        builder.Property(c => c.SourceDetail).HasMaxLength(CaseRegistration.TextMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsFinished);
        builder.Ignore(c => c.ActingOfficerIds);

        builder.OwnsOne(c => c.Party, party =>
        {
            party.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
            party.Property(p => p.Name).HasMaxLength(CaseRegistration.TitleMaxLength);
            party.Property(p => p.IdNumber).HasMaxLength(40);
            party.Property(p => p.Address).HasMaxLength(CaseRegistration.TitleMaxLength);
            party.Property(p => p.Telephone).HasMaxLength(40);
            party.Property(p => p.LegalRepresentative).HasMaxLength(40);
        });
        builder.OwnsOne(c => c.Proposal, proposal =>
        {
            proposal.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(30);
            proposal.Property(p => p.FineAmount).HasPrecision(14, 2);
            proposal.Property(p => p.ConfiscationAmount).HasPrecision(14, 2);
        });
        builder.OwnsOne(c => c.Review, review =>
            review.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(30));
        builder.OwnsOne(c => c.Notice);
        builder.OwnsOne(c => c.Hearing);
        builder.OwnsOne(c => c.Decision, decision =>
        {
            decision.Property(d => d.Number).HasMaxLength(60);
            decision.Property(d => d.DeliveryMethod).HasConversion<string>().HasMaxLength(30);
        });
        builder.OwnsOne(c => c.Execution, execution =>
        {
            execution.Property(e => e.PaidAmount).HasPrecision(14, 2);
            execution.Property(e => e.SurchargeAmount).HasPrecision(14, 2);
        });
        builder.OwnsOne(c => c.Inspection);
        foreach (var name in new[] { "Party", "Proposal", "Review", "Notice", "Hearing", "Decision", "Execution", "Inspection" })
        {
            builder.Navigation(name).IsRequired();
        }

        builder.OwnsMany(c => c.Officers, officer =>
        {
            officer.ToTable("case_officers");
            officer.WithOwner().HasForeignKey("CaseId");
            officer.HasKey("CaseId", nameof(CaseOfficer.OfficerId));
        });
    }
}
