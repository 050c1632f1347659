using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhifa.Domain.Lists;

namespace Zhifa.Infrastructure.Persistence.Configurations;

internal sealed class ListItemVersionConfiguration : IEntityTypeConfiguration<ListItemVersion>
{
    public void Configure(EntityTypeBuilder<ListItemVersion> builder)
    {
        builder.ToTable("list_item_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.List).HasConversion<string>().HasMaxLength(40);
        builder.Property(v => v.Change).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.ChangedByName).HasMaxLength(100);
        builder.Property(v => v.Snapshot).HasMaxLength(40_000);

        // One row per (entry, version number): two writers racing on the same entry cannot both win.
        builder.HasIndex(v => new { v.ItemId, v.Number }).IsUnique();
        builder.HasIndex(v => v.ChangedAt);
    }
}
