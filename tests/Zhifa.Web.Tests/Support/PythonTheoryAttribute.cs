namespace Zhifa.Web.Tests.Support;

/// <summary>A table of cases that runs python3; skipped, saying so, on a machine without python3 on the PATH.</summary>
public sealed class PythonTheoryAttribute : TheoryAttribute
{
    public PythonTheoryAttribute()
    {
        if (Python.Executable is null)
        {
            Skip = "python3 is not on the PATH; install Python 3.11 or later to run the outside verifier.";
        }
    }
}
