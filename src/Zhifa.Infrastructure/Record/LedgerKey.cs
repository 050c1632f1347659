using Zhifa.Domain.Record;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Infrastructure.Record;

/// <summary>
/// The log's Ed25519 signing key. It lives in a file outside the database, so whoever can change the
/// database cannot sign a checkpoint over changed entries. Created on first start; a file that exists
/// but cannot be read stops start-up and is never replaced, because a new key would make every earlier
/// checkpoint unverifiable with the published key.
/// </summary>
public sealed class LedgerKey
{
    private LedgerKey(LogKeyPair pair) => Pair = pair;

    public LogKeyPair Pair { get; }

    /// <summary>The verifier key to publish: name+key id+base64 key.</summary>
    public string VerifierKey => Pair.VerifierKey.Format();

    /// <summary>
    /// Loads the key for checking checkpoints without ever creating one. Returns null when the file is
    /// missing, so a verifier never leaves a new key behind for the next start to sign with.
    /// </summary>
    public static LedgerKey? LoadExisting(string path) => File.Exists(path) ? Load(path) : null;

    public static LedgerKey LoadOrCreate(string path, string name)
    {
        if (Directory.Exists(path))
        {
            throw new StartupException($"Ledger:KeyFile {path} is a folder; set it to the path of the key file (default DATA/keys/ledger.key).");
        }

        if (File.Exists(path))
        {
            return Load(path);
        }

        var pair = LogKeyPair.Generate(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".new";
        File.WriteAllText(temporary, pair.FormatPrivateKey() + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        // Move without overwrite: if another node created the key meanwhile, keep theirs.
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return LoadOrCreate(path, name);
        }

        return new LedgerKey(pair);
    }

    private static LedgerKey Load(string path)
    {
        var parsed = LogKeyPair.ParsePrivateKey(File.ReadAllText(path).Trim());
        if (!parsed.IsSuccess)
        {
            throw new StartupException(
                $"the ledger key file {path} is corrupt ({parsed.Errors[0].Message}); restore it from your backup (Ledger:KeyFile). It is never replaced, because earlier checkpoints were signed with it.");
        }

        return new LedgerKey(parsed.Value);
    }
}
