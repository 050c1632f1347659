using System.Collections.Concurrent;

namespace Zhifa.Web.Cases;

/// <summary>
/// Registry that makes a form sent twice (a double click, the back button, a browser resend) create one
/// record: each form carries a submission id from the page that showed it, and a second post with the same
/// id gets the first post's result instead of running again, also when both arrive at the same moment.
/// </summary>
/// <remarks>
/// NOTE: the ids live in this process for <see cref="Window"/>. Several hosts behind a balancer without sticky
/// sessions would need the id stored with the case in the database to catch a resend that reaches another host.
/// </remarks>
public sealed class FormSubmissions(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<(Guid User, Guid Submission), Entry> _entries = new();

    /// <summary>
    /// Runs <paramref name="submit"/> once per user and submission id and returns its result to every post of
    /// that id. A result that <paramref name="succeeded"/> rejects is forgotten once returned, so the user can
    /// correct the form and send it again.
    /// </summary>
    public async Task<T> RunOnceAsync<T>(Guid user, Guid submission, Func<Task<T>> submit, Func<T, bool> succeeded)
    {
        Prune();
        var key = (user, submission);
        var entry = new Entry(clock.GetUtcNow());
        var existing = _entries.GetOrAdd(key, entry);
        if (!ReferenceEquals(existing, entry))
        {
            return (T)(await existing.Result.Task)!;
        }

        try
        {
            var result = await submit();
            entry.Result.SetResult(result);
            if (!succeeded(result))
            {
                _entries.TryRemove(key, out _);
            }

            return result;
        }
        catch (Exception e)
        {
            _entries.TryRemove(key, out _);
            entry.Result.SetException(e);
            throw;
        }
    }

    private void Prune()
    {
        var cutoff = clock.GetUtcNow() - Window;
        foreach (var (key, entry) in _entries)
        {
            if (entry.Started < cutoff)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(DateTimeOffset Started)
    {
        public TaskCompletionSource<object?> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
