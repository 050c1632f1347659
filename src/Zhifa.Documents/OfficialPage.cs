namespace Zhifa.Documents;

/// <summary>
/// Page size and margins of Chinese official documents, shared by the DOCX and PDF renderers.
/// </summary>
// GB/T 9704-2012 (党政机关公文格式) sets A4 paper with a top margin of 37 mm, a left (binding) margin
// of 28 mm and a 156 mm × 225 mm text area, which leaves 26 mm on the right and 35 mm at the bottom.
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
