using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhifa.Domain.Lists;

namespace Zhifa.Infrastructure.Persistence.Configurations;

internal sealed class EnforcementMatterConfiguration : IEntityTypeConfiguration<EnforcementMatter>
{
    public void Configure(EntityTypeBuilder<EnforcementMatter> builder)
    {
        builder.ToTable("enforcement_matters");
        builder.HasKey(m => m.Id);
        builder.Ignore(m => m.Key);
        builder.Property(m => m.Code).HasMaxLength(40);
        builder.HasIndex(m => m.Code).IsUnique();
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Category).HasMaxLength(60);
        builder.Property(m => m.LegalBasisLaw).HasMaxLength(200);
        builder.Property(m => m.LegalBasisArticle).HasMaxLength(60);
        builder.Property(m => m.LegalBasisText).HasMaxLength(4000);
        builder.Property(m => m.EnforcementBody).HasMaxLength(200);
        foreach (var amount in new[] { "FineMinIndividual", "FineMaxIndividual", "FineMinUnit", "FineMaxUnit" })
        {
            builder.Property<decimal?>(amount).HasPrecision(14, 2);
        }

        foreach (var longText in new[] { "DiscretionBenchmark", "Conditions", "Materials", "Procedure", "Supervision", "Remedies" })
        {
            builder.Property<string?>(longText).HasMaxLength(4000);
        }

        foreach (var text in new[] { "AcceptingBody", "DecidingBody", "TimeLimit", "OfficeHours", "Address" })
        {
            builder.Property<string?>(text).HasMaxLength(200);
        }

        builder.Property(m => m.Telephone).HasMaxLength(40);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => m.OrganisationId);
    }
}
