namespace Zhifa.Domain.Record;

/// <summary>
/// One signature line of a signed note: the key name, the 32-bit key id and the signature bytes that follow
/// the key id. Equality compares <see cref="Signature"/> by reference.
/// </summary>
public sealed record NoteSignature(string KeyName, uint KeyId, byte[] Signature)
{
    /// <summary>Returns the line "— name base64(key id ‖ signature)" with its final newline.</summary>
    public string FormatLine()
    {
        var bytes = new byte[4 + Signature.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(bytes, KeyId);
        Signature.CopyTo(bytes, 4);
        return $"{NoteText.EmDash} {KeyName} {Convert.ToBase64String(bytes)}\n";
    }
}
