using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Lists;
using Zhifa.Domain.Regulated;
using Zhifa.Domain.Text;

namespace Zhifa.Infrastructure.Lists;

/// <summary>
/// Query expressions over the list entry types: the key property, and a text search that runs as an
/// escaped LIKE on both databases, so '%' and '_' in a search term match themselves.
/// </summary>
internal static class ListSearch
{
    private static readonly Dictionary<Type, string[]> SearchedProperties = new()
    {
        [typeof(Officer)] = [nameof(Officer.CertificateNumber), nameof(Officer.Name), nameof(Officer.Post)],
        [typeof(EnforcementMatter)] = [nameof(EnforcementMatter.Code), nameof(EnforcementMatter.Name), nameof(EnforcementMatter.LegalBasisLaw)],
        [typeof(RandomInspectionMatter)] = [nameof(RandomInspectionMatter.Code), nameof(RandomInspectionMatter.Name)],
        [typeof(RecordingMatter)] = [nameof(RecordingMatter.Code), nameof(RecordingMatter.MatterCode)],
        [typeof(ReviewCatalogueItem)] = [nameof(ReviewCatalogueItem.Code), nameof(ReviewCatalogueItem.Description)],
        [typeof(RegulatedEntity)] = [nameof(RegulatedEntity.Code), nameof(RegulatedEntity.Name), nameof(RegulatedEntity.Region)],
    };

    private static readonly MethodInfo LikeMethod = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like),
        [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    public static Expression<Func<T, string>> KeyOf<T>()
    {
        var parameter = Expression.Parameter(typeof(T), "item");
        return Expression.Lambda<Func<T, string>>(Expression.Property(parameter, KeyPropertyName<T>()), parameter);
    }

    public static Expression<Func<T, bool>> KeyEquals<T>(string key)
    {
        var parameter = Expression.Parameter(typeof(T), "item");
        var body = Expression.Equal(Expression.Property(parameter, KeyPropertyName<T>()), Expression.Constant(key));
        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    /// <summary>Entries where any searched property is LIKE <paramref name="pattern"/>, escaped with '\'.</summary>
    public static Expression<Func<T, bool>> Matches<T>(string pattern)
    {
        var parameter = Expression.Parameter(typeof(T), "item");
        var functions = Expression.Constant(EF.Functions);
        Expression? body = null;
        foreach (var name in SearchedProperties[typeof(T)])
        {
            var like = Expression.Call(
                LikeMethod,
                functions,
                Expression.Property(parameter, name),
                Expression.Constant(pattern),
                Expression.Constant(SearchPattern.EscapeCharacter));
            body = body is null ? like : Expression.OrElse(body, like);
        }

        return Expression.Lambda<Func<T, bool>>(body!, parameter);
    }

    private static string KeyPropertyName<T>() =>
        typeof(T) == typeof(Officer) ? nameof(Officer.CertificateNumber) : "Code";
}
