using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhifa.Domain.LegalReview;

namespace Zhifa.Infrastructure.Persistence.Configurations;

internal sealed class ReviewTaskConfiguration : IEntityTypeConfiguration<ReviewTask>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public void Configure(EntityTypeBuilder<ReviewTask> builder)
    {
        builder.ToTable("legal_review_tasks");
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => new { t.CaseId, t.SubmittedStep }).IsUnique();
        builder.HasIndex(t => new { t.OrganisationId, t.State });
        builder.Property(t => t.CaseNumber).HasMaxLength(60);
        builder.Property(t => t.CaseTitle).HasMaxLength(200);
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.SubmittedBy).HasMaxLength(60);
        builder.Property(t => t.ReviewerName).HasMaxLength(60);
        builder.Property(t => t.LastStep).IsConcurrencyToken();

        // The materials and the findings are read and written whole with their task, so each is one JSON column.
        builder.Property(t => t.Materials).HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            v => JsonSerializer.Deserialize<List<ReviewMaterial>>(v, Json) ?? new List<ReviewMaterial>(),
            ListComparer<ReviewMaterial>());
        builder.Property(t => t.Findings).HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            v => JsonSerializer.Deserialize<List<ReviewPointFinding>>(v, Json) ?? new List<ReviewPointFinding>(),
            ListComparer<ReviewPointFinding>());
    }

    private static ValueComparer<List<T>> ListComparer<T>() => new(
        (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
        v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
        v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, Json), Json)!);
}
