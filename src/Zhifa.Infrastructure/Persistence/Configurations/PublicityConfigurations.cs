using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhifa.Infrastructure.Publicity;

namespace Zhifa.Infrastructure.Persistence.Configurations;

internal static class PublishedFieldColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> builder)
        where T : PublishedFields
    {
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Body).HasMaxLength(200);
        builder.Property(p => p.DocumentNumber).HasMaxLength(100);
        builder.Property(p => p.Title).HasMaxLength(500);
        builder.Property(p => p.Party).HasMaxLength(200);
        builder.Property(p => p.PartyKind).HasMaxLength(20);
        builder.Property(p => p.WithdrawalReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.WithdrawalNote).HasMaxLength(1000);
    }
}

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<PublicationRow>
{
    public void Configure(EntityTypeBuilder<PublicationRow> builder)
    {
        builder.ToTable("publications");
        builder.HasKey(p => p.CaseId);
        PublishedFieldColumns.Configure(builder);
        builder.HasIndex(p => p.FeedSequence).IsUnique();
        builder.HasIndex(p => new { p.Withdrawn, p.Kind, p.DecidedOn });
        builder.HasIndex(p => p.OrganisationId);
    }
}

internal sealed class PublicationVersionConfiguration : IEntityTypeConfiguration<PublicationVersionRow>
{
    public void Configure(EntityTypeBuilder<PublicationVersionRow> builder)
    {
        builder.ToTable("publication_versions");
        builder.HasKey(p => p.Sequence);
        builder.Property(p => p.Sequence).ValueGeneratedNever();
        PublishedFieldColumns.Configure(builder);
        builder.Property(p => p.Action).HasMaxLength(20);
        builder.HasIndex(p => new { p.CaseId, p.Version }).IsUnique();
    }
}

internal sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEventRow>
{
    public void Configure(EntityTypeBuilder<OutboxEventRow> builder)
    {
        builder.ToTable("outbox_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Type).HasMaxLength(100);
        builder.HasIndex(e => e.EventId).IsUnique();
        builder.HasIndex(e => new { e.CaseId, e.CaseSequence }).IsUnique();
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDeliveryRow>
{
    public void Configure(EntityTypeBuilder<WebhookDeliveryRow> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Target).HasMaxLength(100);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.LeaseOwner).HasMaxLength(100);
        builder.Property(d => d.LastError).HasMaxLength(1000);
        builder.HasIndex(d => new { d.EventId, d.Target }).IsUnique();
        builder.HasIndex(d => new { d.State, d.NextAttemptAt });
        builder.HasIndex(d => new { d.Target, d.CaseId, d.CaseSequence });
    }
}

internal sealed class WebhookAttemptConfiguration : IEntityTypeConfiguration<WebhookAttemptRow>
{
    public void Configure(EntityTypeBuilder<WebhookAttemptRow> builder)
    {
        builder.ToTable("webhook_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Dispatcher).HasMaxLength(100);
        builder.Property(a => a.Error).HasMaxLength(1000);
        builder.HasIndex(a => a.DeliveryId);
    }
}

internal sealed class WithdrawalNoticeConfiguration : IEntityTypeConfiguration<WithdrawalNoticeRow>
{
    public void Configure(EntityTypeBuilder<WithdrawalNoticeRow> builder)
    {
        builder.ToTable("withdrawal_notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Reason).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.Authority).HasMaxLength(Zhifa.Domain.Publicity.WithdrawalNotice.MaxAuthorityLength);
        builder.Property(n => n.DocumentNumber).HasMaxLength(Zhifa.Domain.Publicity.WithdrawalNotice.MaxDocumentNumberLength);
        builder.Property(n => n.Note).HasMaxLength(Zhifa.Domain.Publicity.WithdrawalNotice.MaxNoteLength);
        builder.HasIndex(n => new { n.CaseId, n.PublicationVersion }).IsUnique();
        builder.HasIndex(n => n.OrganisationId);
    }
}
