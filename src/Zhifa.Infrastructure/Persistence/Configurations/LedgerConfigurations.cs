using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Persistence.Configurations;

internal sealed class LedgerEntryRowConfiguration : IEntityTypeConfiguration<LedgerEntryRow>
{
    public void Configure(EntityTypeBuilder<LedgerEntryRow> builder)
    {
        builder.ToTable("ledger_entries");
        builder.HasKey(e => e.Index);
        builder.Property(e => e.Index).ValueGeneratedNever();
        builder.Property(e => e.Actor).HasMaxLength(64);
        builder.Property(e => e.Organisation).HasMaxLength(64);
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.Property(e => e.Subject).HasMaxLength(200);
        builder.HasIndex(e => e.Subject);
        builder.HasIndex(e => e.Time);
    }
}

internal sealed class LedgerPayloadRowConfiguration : IEntityTypeConfiguration<LedgerPayloadRow>
{
    public void Configure(EntityTypeBuilder<LedgerPayloadRow> builder)
    {
        builder.ToTable("ledger_payloads");
        builder.HasKey(p => p.EntryIndex);
        builder.Property(p => p.EntryIndex).ValueGeneratedNever();
    }
}

internal sealed class LedgerNodeRowConfiguration : IEntityTypeConfiguration<LedgerNodeRow>
{
    public void Configure(EntityTypeBuilder<LedgerNodeRow> builder)
    {
        builder.ToTable("ledger_nodes");
        builder.HasKey(n => new { n.Level, n.Index });
    }
}

internal sealed class LedgerCheckpointRowConfiguration : IEntityTypeConfiguration<LedgerCheckpointRow>
{
    public void Configure(EntityTypeBuilder<LedgerCheckpointRow> builder)
    {
        builder.ToTable("ledger_checkpoints");
        builder.HasKey(c => c.Size);
        builder.Property(c => c.Size).ValueGeneratedNever();
        builder.Property(c => c.SignedNote).HasMaxLength(4000);
    }
}

internal sealed class LedgerInfoRowConfiguration : IEntityTypeConfiguration<LedgerInfoRow>
{
    public void Configure(EntityTypeBuilder<LedgerInfoRow> builder)
    {
        builder.ToTable("ledger_info");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Origin).HasMaxLength(200);
        builder.Property(i => i.HashAlgorithm).HasMaxLength(20);
    }
}
