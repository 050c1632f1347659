using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhifa.Domain.Evidence;

namespace Zhifa.Infrastructure.Persistence.Configurations;

internal sealed class EvidenceItemConfiguration : IEntityTypeConfiguration<EvidenceItem>
{
    public void Configure(EntityTypeBuilder<EvidenceItem> builder)
    {
        builder.ToTable("evidence_items");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.CaseId);
        builder.HasIndex(e => e.UploadId).IsUnique();
        builder.HasIndex(e => e.DeviceId);
        builder.Property(e => e.StepCode).HasMaxLength(40);
        builder.Property(e => e.Sha256).HasMaxLength(64);
        builder.Property(e => e.FileName).HasMaxLength(200);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.UploadedByName).HasMaxLength(60);
        builder.Property(e => e.Codecs).HasMaxLength(200);
        builder.Property(e => e.DeviceModel).HasMaxLength(100);
        builder.Property(e => e.MetadataNotes).HasMaxLength(2000);
        builder.Ignore(e => e.IsAudioOrVideo);
        builder.Ignore(e => e.IsImage);
        builder.Ignore(e => e.CaptureEnds);
    }
}

internal sealed class EvidenceUploadConfiguration : IEntityTypeConfiguration<EvidenceUpload>
{
    public void Configure(EntityTypeBuilder<EvidenceUpload> builder)
    {
        builder.ToTable("evidence_uploads");
        builder.HasKey(u => u.Id);
        builder.HasIndex(u => new { u.State, u.ExpiresAt });
        builder.Property(u => u.UserName).HasMaxLength(60);
        builder.Property(u => u.FileName).HasMaxLength(200);
        builder.Property(u => u.ContentType).HasMaxLength(100);
        builder.Property(u => u.StepCode).HasMaxLength(40);
        builder.Property(u => u.Metadata).HasMaxLength(2000);
        builder.Property(u => u.Sha256).HasMaxLength(64);
        builder.Property(u => u.State).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class RecordingDeviceConfiguration : IEntityTypeConfiguration<RecordingDevice>
{
    public void Configure(EntityTypeBuilder<RecordingDevice> builder)
    {
        builder.ToTable("recording_devices");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Code).HasMaxLength(40);
        builder.Property(d => d.Model).HasMaxLength(100);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Version).IsConcurrencyToken();
    }
}
