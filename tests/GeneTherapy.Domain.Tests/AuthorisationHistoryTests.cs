using System;
using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Rules;
using Xunit;

namespace GeneTherapy.Domain.Tests;

/// <summary>The dated history of each marketing authorisation and the "as of a day" rules built on it.</summary>
public sealed class AuthorisationHistoryTests
{
    public static TheoryData<string> AuthorisationIds()
    {
        var data = new TheoryData<string>();
        foreach (MarketingAuthorisation a in MarketingAuthorisations.All)
        {
            data.Add(a.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AuthorisationIds))]
    public void Status_EveryAuthorisation_IsTheOneItsLastStatusEventLeaves(string id)
    {
        Assert.True(MarketingAuthorisations.TryGet(id, out MarketingAuthorisation? a));
        IReadOnlyList<AuthorisationEvent> history = AuthorisationRules.History(a);

        AuthorisationEvent last = history.Last(e => e.Kind.ResultingStatus() is not null);

        Assert.Equal(last.Kind.ResultingStatus(), a.Status);
        Assert.Equal(a.Status, AuthorisationRules.StatusOn(a, Content.CurrentTo));
        Assert.Equal(history.OrderBy(e => e.EarliestDay).Select(e => e.Id), history.Select(e => e.Id));
        Assert.Equal(a.Year is not null, history.Any(e => e.Kind == AuthorisationEventKind.Granted));
    }

    [Fact]
    public void Seeds_StoreNoStatus_OnlyEvents()
    {
        Assert.Null(typeof(MarketingAuthorisation).GetProperty("StatusDate"));
        Assert.DoesNotContain(AuthorisationEvents.All, e => e.Kind == AuthorisationEventKind.Granted);
        Assert.Equal(
            new[] { AuthorisationStatus.Authorised, AuthorisationStatus.Withdrawn, AuthorisationStatus.Expired, AuthorisationStatus.Discontinued, AuthorisationStatus.PositiveOpinion },
            MarketingAuthorisations.All.Select(a => a.Status).Distinct().OrderBy(s => (int)s));
    }

    [Fact]
    public void Grant_IsBuiltFromTheFirstApproval_WithItsSourceAndDoubts()
    {
        AuthorisationEvent grant = AuthorisationRules.History(MarketingAuthorisations.AbecmaUs)[0];

        Assert.Equal(("abecma-us-granted", AuthorisationEventKind.Granted, (DateTime?)new DateTime(2021, 3, 26)), (grant.Id, grant.Kind, grant.Date));
        Assert.Equal(Products.AbecmaUs.FirstHolder, grant.Holder);
        Assert.Same(MarketingAuthorisations.AbecmaUs.Source, grant.Source);
        Assert.Equal(new[] { nameof(MarketingAuthorisation.Date) }, grant.UnverifiedFields);
        Assert.Equal(Verification.PartlyVerified, grant.Verification);
    }

    [Theory]
    [InlineData("2016-05-25", null, false)]
    [InlineData("2018-06-01", null, false)]
    [InlineData("2020-01-01", "Orchard Therapeutics", false)]
    [InlineData("2023-01-01", "Orchard Therapeutics", false)]
    [InlineData("2023-07-17", "Fondazione Telethon", true)]
    [InlineData("2024-01-01", "Fondazione Telethon", true)]
    public void HolderOn_Strimvelis_FollowsItsTransfers(string day, string? holder, bool verified)
    {
        HolderAnswer answer = AuthorisationRules.HolderOn(Products.StrimvelisEu, Day(day));

        Assert.Equal(holder, answer.Holder);
        Assert.Equal(verified, answer.IsVerified);
    }

    [Fact]
    public void HolderOn_StrimvelisAtFirstApproval_IsGlaxoSmithKline()
    {
        HolderAnswer answer = AuthorisationRules.HolderOn(Products.StrimvelisEu, Day("2017-01-01"));

        Assert.StartsWith("GlaxoSmithKline", answer.Holder, StringComparison.Ordinal);
        Assert.Equal(AuthorisationEventKind.Granted, answer.Basis!.Kind);
        Assert.True(answer.IsVerified);
    }

    [Theory]
    [InlineData("2025-07-30", "Adaptimmune")]
    [InlineData("2025-07-31", "US WorldMeds")]
    public void HolderOn_Tecelra_ChangesOnTheDayTheDealClosed(string day, string holder)
    {
        Assert.Equal(holder, AuthorisationRules.HolderOn(Products.TecelraUs, Day(day)).Holder);
    }

    [Theory]
    [InlineData("2025-10-01", false, true)]
    [InlineData("2025-11-15", null, false)]
    [InlineData("2025-12-31", false, true)]
    [InlineData("2026-01-09", true, true)]
    [InlineData("2026-02-01", true, true)]
    public void IsAuthorisedOn_WaskyraEu_FromTheCommissionsDecision(string day, bool? authorised, bool verified)
    {
        AuthorisationCheck check = AuthorisationRules.IsAuthorisedOn(Products.WaskyraEu, Day(day));

        Assert.Equal(authorised, check.IsAuthorised);
        Assert.Equal(verified, check.IsVerified);
    }

    [Theory]
    [InlineData("2019-05-31", false, true)]
    [InlineData("2019-06-15", null, false)]
    [InlineData("2020-01-01", true, true)]
    [InlineData("2021-12-31", true, true)]
    [InlineData("2022-03-01", null, false)]
    [InlineData("2023-01-01", false, false)]
    public void IsAuthorisedOn_ZyntegloEu_BeforeAndAfterItsWithdrawal(string day, bool? authorised, bool verified)
    {
        AuthorisationCheck check = AuthorisationRules.IsAuthorisedOn(Products.ZyntegloEu, Day(day));

        Assert.Equal(authorised, check.IsAuthorised);
        Assert.Equal(verified, check.IsVerified);
    }

    [Fact]
    public void IsAuthorisedOn_GlyberaEu_EndsOnItsExpiry()
    {
        Assert.Equal(true, AuthorisationRules.IsAuthorisedOn(Products.GlyberaEu, Day("2017-10-24")).IsAuthorised);
        Assert.Equal(false, AuthorisationRules.IsAuthorisedOn(Products.GlyberaEu, Day("2017-10-25")).IsAuthorised);
        Assert.Equal(AuthorisationStatus.Expired, AuthorisationRules.StatusOn(MarketingAuthorisations.GlyberaEu, Day("2020-01-01")));
    }

    [Fact]
    public void IsAuthorisedOn_VyjuvekEuAfterItsOpinion_IsUnknown()
    {
        Assert.Null(AuthorisationRules.IsAuthorisedOn(Products.VyjuvekEu, Day("2026-06-01")).IsAuthorised);
        Assert.Equal(false, AuthorisationRules.IsAuthorisedOn(Products.VyjuvekEu, Day("2024-12-31")).IsAuthorised);
    }

    [Fact]
    public void EventsSince_Elevidys_AreThe2025LabelChangesInOrder()
    {
        IReadOnlyList<AuthorisationEvent> since = AuthorisationRules.EventsSince(Products.ElevidysUs, Day("2025-01-01"));

        Assert.Equal(new[] { "elevidys-us-boxed-warning-2025", "elevidys-us-restricted-2025" }, since.Select(e => e.Id));
        Assert.Equal(
            new[] { "elevidys-us-granted", "elevidys-us-extended-2024", "elevidys-us-boxed-warning-2025", "elevidys-us-restricted-2025" },
            AuthorisationRules.EventsSince(Products.ElevidysUs, Day("2023-06-22")).Select(e => e.Id));
        Assert.Empty(AuthorisationRules.EventsSince(Products.ElevidysUs, Day("2025-11-15")));
    }

    [Fact]
    public void EventsSince_IncludesAnEventDatedOnlyToAYearThatMayFallAfterTheDay()
    {
        Assert.Equal(new[] { "zynteglo-eu-withdrawn" }, AuthorisationRules.EventsSince(Products.ZyntegloEu, Day("2022-06-01")).Select(e => e.Id));
    }

    [Fact]
    public void ContentCurrentTo_IsNoEarlierThanTheNewestEvent_AndIsTheAuditDate()
    {
        DateTime newest = MarketingAuthorisations.All.SelectMany(AuthorisationRules.History).Max(e => e.LatestDay);

        Assert.True(Content.CurrentTo >= newest, $"newest event {newest:yyyy-MM-dd} is after {Content.CurrentTo:yyyy-MM-dd}");
        Assert.Equal(new DateTime(2026, 3, 27), newest);
        Assert.Equal(new DateTime(2026, 12, 1), Content.CurrentTo);
    }

    [Fact]
    public void Events_HaveDatesThatAgree_AndAHolderExactlyWhenTheyAreTransfers()
    {
        Assert.All(AuthorisationEvents.All, e =>
        {
            Assert.True(e.Date is null || (e.Date.Value.Year == e.Year && e.Date.Value.Month == e.Month), e.Id);
            Assert.True(e.Month is null or (>= 1 and <= 12), e.Id);
            Assert.Equal(e.Kind == AuthorisationEventKind.HolderTransferred, e.Holder is not null);
            Assert.NotNull(e.Source);
            Assert.StartsWith(e.Authorisation.Id + "-", e.Id, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Rules_NullArguments_Throw()
    {
        Assert.Equal("product", Assert.Throws<ArgumentNullException>(() => AuthorisationRules.HolderOn(null!, Content.CurrentTo)).ParamName);
        Assert.Equal("product", Assert.Throws<ArgumentNullException>(() => AuthorisationRules.IsAuthorisedOn(null!, Content.CurrentTo)).ParamName);
        Assert.Equal("product", Assert.Throws<ArgumentNullException>(() => AuthorisationRules.EventsSince(null!, Content.CurrentTo)).ParamName);
        Assert.Equal("authorisation", Assert.Throws<ArgumentNullException>(() => AuthorisationRules.StatusOn(null!, Content.CurrentTo)).ParamName);
        Assert.Equal("authorisation", Assert.Throws<ArgumentNullException>(() => AuthorisationRules.History(null!)).ParamName);
    }

    private static DateTime Day(string iso) => DateTime.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
