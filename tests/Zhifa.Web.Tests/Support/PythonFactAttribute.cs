namespace Zhifa.Web.Tests.Support;

/// <summary>A test that runs python3; skipped, saying so, on a machine without python3 on the PATH.</summary>
public sealed class PythonFactAttribute : FactAttribute
{
    public PythonFactAttribute()
    {
        if (Python.Executable is null)
        {
            Skip = "python3 is not on the PATH; install Python 3.11 or later to run the outside verifier.";
        }
    }
}
