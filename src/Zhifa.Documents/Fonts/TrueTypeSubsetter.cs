using System.Buffers.Binary;

namespace Zhifa.Documents.Fonts;

/// <summary>
/// Cuts one face out of a TrueType file or collection (.ttc) and empties the outlines of every glyph the
/// document does not use.
/// </summary>
// SkiaSharp 4.156.1 ships Skia without its PDF font subsetter, so it embeds the font file it is given
// whole: 16 MB for WenQuanYi Zen Hei, and for a .ttc the whole collection, which the PDF format does not
// allow in a FontFile2 stream. The reduced font given to Skia instead keeps the glyph numbering, cmap and
// metrics unchanged, so measuring and drawing are not affected. The embedded file then contains only the
// outlines the document draws: for the test suite's sample decision, 1.05 MB before and 290 KB after the
// PDF's Flate compression, against 16.8 MB for the whole collection.
internal static class TrueTypeSubsetter
{
    private const uint CollectionTag = 0x74746366; // 'ttcf'

    // Embedded bitmaps and the digital signature are dropped: a PDF viewer draws the outlines, and the
    // signature would no longer match the changed file.
    private static readonly HashSet<string> DroppedTables = ["EBDT", "EBLC", "EBSC", "bdat", "bloc", "DSIG"];

    /// <summary>
    /// Returns a standalone TrueType font made of face <paramref name="faceIndex"/> of
    /// <paramref name="file"/>, in which only glyph 0 (.notdef), <paramref name="glyphs"/> and the
    /// components of composite glyphs among them keep their outlines.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a TrueType font with glyf outlines.</exception>
    public static byte[] Subset(byte[] file, int faceIndex, IEnumerable<ushort> glyphs)
    {
        var tables = ReadFace(file, faceIndex);
        if (!tables.TryGetValue("glyf", out var glyf) || !tables.TryGetValue("loca", out var loca)
            || !tables.TryGetValue("head", out var head) || !tables.TryGetValue("maxp", out var maxp))
        {
            throw new InvalidDataException("The font has no glyf, loca, head or maxp table, so it has no TrueType outlines.");
        }

        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4));
        var isLongLoca = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        var offsets = ReadLoca(loca, glyphCount, isLongLoca);
        var kept = KeptGlyphs(glyf, offsets, glyphs);

        var (newGlyf, newLoca) = BuildGlyf(glyf, offsets, kept);
        tables["glyf"] = newGlyf;
        tables["loca"] = newLoca;

        var newHead = (byte[])head.Clone();
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), 1);
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0);
        tables["head"] = newHead;

        foreach (var tag in DroppedTables)
        {
            tables.Remove(tag);
        }

        return WriteFont(tables);
    }

    private static Dictionary<string, byte[]> ReadFace(byte[] file, int faceIndex)
    {
        var span = file.AsSpan();
        var faceStart = 0;
        if (BinaryPrimitives.ReadUInt32BigEndian(span) == CollectionTag)
        {
            var faceCount = BinaryPrimitives.ReadUInt32BigEndian(span[8..]);
            if (faceIndex < 0 || faceIndex >= faceCount)
            {
                throw new InvalidDataException($"The collection has {faceCount} faces, so face {faceIndex} does not exist.");
            }

            faceStart = (int)BinaryPrimitives.ReadUInt32BigEndian(span[(12 + (4 * faceIndex))..]);
        }

        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(span[(faceStart + 4)..]);
        var tables = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < tableCount; i++)
        {
            var record = span[(faceStart + 12 + (16 * i))..];
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            tables[tag] = span.Slice(offset, length).ToArray();
        }

        return tables;
    }

    private static uint[] ReadLoca(byte[] loca, int glyphCount, bool isLong)
    {
        var offsets = new uint[glyphCount + 1];
        for (var i = 0; i <= glyphCount; i++)
        {
            offsets[i] = isLong
                ? BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(4 * i))
                : (uint)(BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(2 * i)) * 2);
        }

        return offsets;
    }

    // The requested glyphs plus, for each composite glyph, the glyphs it is built from, recursively.
    private static HashSet<int> KeptGlyphs(byte[] glyf, uint[] offsets, IEnumerable<ushort> requested)
    {
        var glyphCount = offsets.Length - 1;
        var kept = new HashSet<int> { 0 };
        var pending = new Stack<int>(requested.Select(g => (int)g).Where(g => g < glyphCount));
        while (pending.Count > 0)
        {
            var glyph = pending.Pop();
            if (!kept.Add(glyph) && glyph != 0)
            {
                continue;
            }

            foreach (var component in Components(glyf, offsets[glyph], offsets[glyph + 1]))
            {
                if (component < glyphCount && !kept.Contains(component))
                {
                    pending.Push(component);
                }
            }
        }

        return kept;
    }

    // Composite glyph records (OpenType 'glyf' table): flags, glyph index, two arguments of one or two bytes
    // each, then an optional scale of one, two or four F2Dot14 values.
    private static IEnumerable<int> Components(byte[] glyf, uint start, uint end)
    {
        if (end - start < 10 || BinaryPrimitives.ReadInt16BigEndian(glyf.AsSpan((int)start)) >= 0)
        {
            yield break;
        }

        const int ArgumentsAreWords = 0x0001;
        const int HasScale = 0x0008;
        const int MoreComponents = 0x0020;
        const int HasXAndYScale = 0x0040;
        const int HasTwoByTwo = 0x0080;

        var position = (int)start + 10;
        int flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyf.AsSpan(position));
            yield return BinaryPrimitives.ReadUInt16BigEndian(glyf.AsSpan(position + 2));
            position += 4 + ((flags & ArgumentsAreWords) != 0 ? 4 : 2);
            position += (flags & HasScale) != 0 ? 2 : (flags & HasXAndYScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & MoreComponents) != 0 && position + 4 <= end);
    }

    private static (byte[] Glyf, byte[] Loca) BuildGlyf(byte[] glyf, uint[] offsets, HashSet<int> kept)
    {
        var glyphCount = offsets.Length - 1;
        using var newGlyf = new MemoryStream();
        var newLoca = new byte[4 * (glyphCount + 1)];
        for (var glyph = 0; glyph < glyphCount; glyph++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * glyph), (uint)newGlyf.Length);
            if (!kept.Contains(glyph))
            {
                continue;
            }

            var length = (int)(offsets[glyph + 1] - offsets[glyph]);
            newGlyf.Write(glyf, (int)offsets[glyph], length);
            while (newGlyf.Length % 4 != 0)
            {
                newGlyf.WriteByte(0);
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * glyphCount), (uint)newGlyf.Length);
        return (newGlyf.ToArray(), newLoca);
    }

    // Writes an sfnt file: the offset table, one record per table sorted by tag, then each table padded to
    // four bytes. The head table's checkSumAdjustment makes the whole file sum to 0xB1B0AFBA.
    private static byte[] WriteFont(Dictionary<string, byte[]> tables)
    {
        var tags = tables.Keys.Order(StringComparer.Ordinal).ToList();
        var headerLength = 12 + (16 * tags.Count);
        var totalLength = headerLength + tags.Sum(tag => Padded(tables[tag].Length));
        var font = new byte[totalLength];
        var span = font.AsSpan();

        var power = 1;
        var log2 = 0;
        while (power * 2 <= tags.Count)
        {
            power *= 2;
            log2++;
        }

        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)tags.Count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)log2);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((tags.Count * 16) - (power * 16)));

        var offset = headerLength;
        var headOffset = 0;
        for (var i = 0; i < tags.Count; i++)
        {
            var data = tables[tags[i]];
            var record = span[(12 + (16 * i))..];
            System.Text.Encoding.ASCII.GetBytes(tags[i], record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(span[offset..]);
            if (tags[i] == "head")
            {
                headOffset = offset;
            }

            offset += Padded(data.Length);
        }

        BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(0xB1B0AFBA - Checksum(font)));
        return font;
    }

    private static int Padded(int length) => (length + 3) & ~3;

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var j = 0; j < 4; j++)
            {
                word = (word << 8) | (i + j < data.Length ? data[i + j] : 0u);
            }

            sum = unchecked(sum + word);
        }

        return sum;
    }
}
