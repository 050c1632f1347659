using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhifa.Domain.Supervision;

namespace Zhifa.Infrastructure.Persistence.Configurations;

internal sealed class CaseQualityReviewConfiguration : IEntityTypeConfiguration<CaseQualityReview>
{
    public void Configure(EntityTypeBuilder<CaseQualityReview> builder)
    {
        builder.ToTable("case_quality_reviews");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.OrganisationId, r.ReviewedOn });
        builder.HasIndex(r => r.CaseId);
        builder.Property(r => r.ReviewerName).HasMaxLength(60);
        builder.Property(r => r.Scores).HasMaxLength(200);
        builder.Property(r => r.Findings).HasMaxLength(4000);
        builder.Ignore(r => r.Grade);
    }
}

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> builder)
    {
        builder.ToTable("annual_reports");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.OrganisationId, r.Year, r.Version }).IsUnique();
        builder.Property(r => r.XlsxSha256).HasMaxLength(64);
        builder.Property(r => r.PdfSha256).HasMaxLength(64);
        builder.Property(r => r.PublishedBy).HasMaxLength(60);
    }
}
