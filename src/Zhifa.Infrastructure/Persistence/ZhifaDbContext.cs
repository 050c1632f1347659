using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Cases;
using Zhifa.Domain.LegalReview;
using Zhifa.Domain.Lists;
using Zhifa.Domain.Organisations;
using Zhifa.Domain.RandomInspection;
using Zhifa.Domain.Regulated;
using Zhifa.Infrastructure.Calendar;
using Zhifa.Infrastructure.Identity;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Persistence;

/// <summary>
/// The database of one deployment. Provider-specific subclasses exist only so that each provider keeps
/// its own migrations; the model is the same.
/// </summary>
public abstract class ZhifaDbContext(DbContextOptions options)
    : IdentityDbContext<ZhifaUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Officer> Officers => Set<Officer>();

    public DbSet<EnforcementMatter> Matters => Set<EnforcementMatter>();

    public DbSet<RandomInspectionMatter> RandomInspectionMatters => Set<RandomInspectionMatter>();

    public DbSet<RecordingMatter> RecordingMatters => Set<RecordingMatter>();

    public DbSet<ReviewCatalogueItem> ReviewCatalogue => Set<ReviewCatalogueItem>();

    public DbSet<ListItemVersion> ListItemVersions => Set<ListItemVersion>();

    public DbSet<RegulatedEntity> RegulatedEntities => Set<RegulatedEntity>();

    public DbSet<EnforcementCase> Cases => Set<EnforcementCase>();

    public DbSet<CaseStep> CaseSteps => Set<CaseStep>();

    public DbSet<CaseDocument> CaseDocuments => Set<CaseDocument>();

    public DbSet<ReviewTask> ReviewTasks => Set<ReviewTask>();

    public DbSet<Zhifa.Domain.Evidence.EvidenceItem> EvidenceItems => Set<Zhifa.Domain.Evidence.EvidenceItem>();

    public DbSet<Zhifa.Domain.Evidence.EvidenceUpload> EvidenceUploads => Set<Zhifa.Domain.Evidence.EvidenceUpload>();

    public DbSet<Zhifa.Domain.Evidence.RecordingDevice> RecordingDevices => Set<Zhifa.Domain.Evidence.RecordingDevice>();
    public DbSet<InspectionPlan> InspectionPlans => Set<InspectionPlan>();

    public DbSet<DrawnInspection> DrawnInspections => Set<DrawnInspection>();

    public DbSet<ConflictDeclaration> ConflictDeclarations => Set<ConflictDeclaration>();

    public DbSet<Zhifa.Domain.Supervision.CaseQualityReview> CaseQualityReviews => Set<Zhifa.Domain.Supervision.CaseQualityReview>();

    public DbSet<Zhifa.Domain.Supervision.AnnualReport> AnnualReports => Set<Zhifa.Domain.Supervision.AnnualReport>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<LedgerEntryRow> LedgerEntries => Set<LedgerEntryRow>();

    public DbSet<LedgerPayloadRow> LedgerPayloads => Set<LedgerPayloadRow>();

    public DbSet<LedgerNodeRow> LedgerNodes => Set<LedgerNodeRow>();

    public DbSet<LedgerCheckpointRow> LedgerCheckpoints => Set<LedgerCheckpointRow>();

    public DbSet<LedgerInfoRow> LedgerInfo => Set<LedgerInfoRow>();

    public DbSet<PublishedYearRow> PublishedYears => Set<PublishedYearRow>();

    public DbSet<CalendarDayRow> CalendarDays => Set<CalendarDayRow>();

    public DbSet<Publicity.PublicationRow> Publications => Set<Publicity.PublicationRow>();

    public DbSet<Publicity.PublicationVersionRow> PublicationVersions => Set<Publicity.PublicationVersionRow>();

    public DbSet<Publicity.OutboxEventRow> OutboxEvents => Set<Publicity.OutboxEventRow>();

    public DbSet<Publicity.WebhookDeliveryRow> WebhookDeliveries => Set<Publicity.WebhookDeliveryRow>();

    public DbSet<Publicity.WebhookAttemptRow> WebhookAttempts => Set<Publicity.WebhookAttemptRow>();

    public DbSet<Publicity.WithdrawalNoticeRow> WithdrawalNotices => Set<Publicity.WithdrawalNoticeRow>();

    /// <summary>Whether this context talks to SQLite, where a few column types differ.</summary>
    public abstract bool IsSqlite { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ZhifaDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored in UTC. SQLite has no instant type and compares DateTimeOffset text
        // character by character, so there they become UTC ticks, which order and compare correctly.
        if (IsSqlite)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        }
    }
}
