using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Zhifa.Domain.RandomInspection;

/// <summary>
/// A deterministic stream of unsigned 64-bit integers: block i is SHA-256(seed || UTF-8(label) || 0x00 ||
/// i as 8 bytes big-endian), for i = 0, 1, 2…, and each integer is the next 8 bytes of the blocks read
/// big-endian. The label separates streams drawn from the same seed.
/// </summary>
public sealed class DrawStream
{
    private readonly byte[] _prefix;
    private readonly byte[] _block = new byte[SHA256.HashSizeInBytes];
    private ulong _counter;
    private int _offset = SHA256.HashSizeInBytes;

    public DrawStream(ReadOnlySpan<byte> seed, string label)
    {
        var labelBytes = Encoding.UTF8.GetBytes(label);
        _prefix = new byte[seed.Length + labelBytes.Length + 1 + sizeof(ulong)];
        seed.CopyTo(_prefix);
        labelBytes.CopyTo(_prefix.AsSpan(seed.Length));
    }

    public ulong NextUInt64()
    {
        if (_offset == _block.Length)
        {
            BinaryPrimitives.WriteUInt64BigEndian(_prefix.AsSpan(_prefix.Length - sizeof(ulong)), _counter++);
            SHA256.HashData(_prefix, _block);
            _offset = 0;
        }

        var value = BinaryPrimitives.ReadUInt64BigEndian(_block.AsSpan(_offset));
        _offset += sizeof(ulong);
        return value;
    }

    /// <summary>
    /// Returns an integer uniform in [0, <paramref name="bound"/>). Values at or above the largest multiple
    /// of the bound below 2^64 are rejected and drawn again, so no result is more likely than another,
    /// which taking the remainder of every value would not guarantee.
    /// </summary>
    public ulong NextBelow(ulong bound)
    {
        ArgumentOutOfRangeException.ThrowIfZero(bound);

        // 2^64 mod bound, computed without 128-bit arithmetic: (2^64 - bound) mod bound.
        var rejected = (0UL - bound) % bound;
        var limit = 0UL - rejected;
        while (true)
        {
            var value = NextUInt64();
            if (rejected == 0 || value < limit)
            {
                return value % bound;
            }
        }
    }
}
