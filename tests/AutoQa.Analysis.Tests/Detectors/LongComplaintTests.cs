using AutoQa.Events;
using AutoQa.Rubric;

namespace AutoQa.Analysis.Tests.Detectors;

public sealed class LongComplaintTests
{
    private static CallBuilder Complaint() => Some.Call(180)
        .Agent(1, "Thank you for calling Lumio support, this is Anna, how can I help you today?")
        .Customer(6, "This is ridiculous. The blender stopped working after a week, and nobody has answered my emails for days.", end: 14)
        .Customer(15, "I am really fed up. I paid good money for this blender and it stopped working after a week.", end: 22)
        .Customer(23, "Honestly, this is the worst experience I have had with an online shop and I feel completely ignored.", end: 31);

    [Fact]
    public void A_complaint_heard_out_with_backchannels_is_one_long_complaint_answered_yes()
    {
        var result = Complaint()
            .Agent(10, "mm-hmm", end: 10.5)
            .Agent(19, "right", end: 19.4)
            .Agent(32, "I'm so sorry to hear that, I completely understand how frustrating this must be.")
            .Run();

        var complaint = Assert.Single(result.Analysis.Of(QaEventKind.LongComplaint));
        Assert.Equal(6, complaint.Range.Start, 3);
        Assert.Equal(31, complaint.Range.End, 3);
        Assert.Equal(RubricAnswer.Yes, Item(result, DefaultRubricItems.ComplaintHeardOut));
        Assert.Equal(RubricAnswer.Yes, Item(result, DefaultRubricItems.EmpathyWithin30Seconds));
    }

    [Fact]
    public void A_complaint_cut_off_by_the_agent_is_answered_no()
    {
        var result = Complaint()
            .Agent(25, "Yes, yes, I got that already, let's move on please.", end: 28)
            .Run();

        Assert.Single(result.Analysis.Of(QaEventKind.LongComplaint));
        Assert.Equal(RubricAnswer.No, Item(result, DefaultRubricItems.ComplaintHeardOut));
        Assert.Equal(RubricAnswer.No, Item(result, DefaultRubricItems.NoInterruptions));
    }

    [Fact]
    public void A_long_neutral_explanation_is_not_a_complaint()
    {
        var result = Some.Call(120)
            .Customer(5, "So what happened is, I unpacked it on Saturday, I followed every step in the little booklet, I charged it for hours.", end: 16)
            .Customer(17, "Well, first it worked for a couple of days, then it started making this clicking sound, and after that it would only run for a minute.", end: 29)
            .Run();

        Assert.Empty(result.Analysis.Of(QaEventKind.LongComplaint));
        Assert.Equal(RubricAnswer.NotApplicable, Item(result, DefaultRubricItems.ComplaintHeardOut));
    }

    internal static RubricAnswer Item(Results.CallQaResult result, string id) =>
        result.Scorecard.Items.Single(i => i.Id == id).SuggestedAnswer;
}
