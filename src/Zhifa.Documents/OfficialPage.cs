namespace Zhifa.Documents;

/// <summary>
/// Page size and margins of Chinese official documents, shared by the DOCX and PDF renderers.
/// </summary>
// Margins of Chinese official documents, GB/T 9704-2012 (党政机关公文格式): A4 paper, top 37 mm, bottom
// 35 mm, left (binding side) 28 mm, right 26 mm. The text area is then 156 mm × 225 mm.
internal static class OfficialPage
{
    public const double WidthMillimetres = 210;
    public const double HeightMillimetres = 297;
    public const double TopMillimetres = 37;
    public const double BottomMillimetres = 35;
    public const double LeftMillimetres = 28;
    public const double RightMillimetres = 26;

    private const double PointsPerMillimetre = 72 / 25.4;
    private const double TwipsPerMillimetre = 1440 / 25.4;

    public static float ToPoints(double millimetres) => (float)(millimetres * PointsPerMillimetre);

    public static int ToTwips(double millimetres) => (int)Math.Round(millimetres * TwipsPerMillimetre);
}
