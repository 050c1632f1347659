using Zhifa.Documents.Tests.Support;

namespace Zhifa.Documents.Tests.Pdf;

/// <summary>
/// The sample penalty decision rendered once as a PDF file in a temp folder, shared by the PDF tests.
/// </summary>
public sealed class RenderedSamplePdf : IDisposable
{
    private readonly TempDirectory _directory = new();

    public RenderedSamplePdf()
    {
        PdfPath = _directory.File("penalty-decision.pdf");
        using (var file = File.Create(PdfPath))
        {
            DocumentRenderer.ToPdf(SamplePenaltyDecision.Create(), file);
        }

        Bytes = File.ReadAllBytes(PdfPath);

        // Set to a folder to keep a copy of the sample, for example to refresh the README's page image.
        var keepFolder = Environment.GetEnvironmentVariable("ZHIFA_DOCUMENTS_SAMPLE_DIR");
        if (!string.IsNullOrEmpty(keepFolder))
        {
            Directory.CreateDirectory(keepFolder);
            File.Copy(PdfPath, Path.Combine(keepFolder, "penalty-decision.pdf"), overwrite: true);
        }
    }

    public string PdfPath { get; }

    public byte[] Bytes { get; }

    public string WorkFile(string name) => _directory.File(name);

    public void Dispose() => _directory.Dispose();
}
