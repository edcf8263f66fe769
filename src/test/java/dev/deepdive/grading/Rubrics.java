package dev.deepdive.grading;

import dev.deepdive.bank.KeyPoint;
import dev.deepdive.bank.Misconception;

import java.util.List;

/** Realistic rubrics on GRPO and PPO, written the way the question bank writes them. */
final class Rubrics {
    private Rubrics() {
    }

    static Rubric grpo() {
        return new Rubric(
                "What problem does GRPO solve compared with PPO, and how?",
                "GRPO removes the learned value model that PPO needs as a critic, which saves memory and compute. "
                        + "For each prompt it samples a group of completions and scores them with the reward. "
                        + "The advantage of each completion is its reward minus the group mean, divided by the group standard deviation. "
                        + "It keeps PPO's clipped ratio objective and adds a KL penalty to a reference policy directly in the loss.",
                List.of(
                        new KeyPoint("no-critic", "GRPO drops the learned value model (critic) that PPO needs, saving memory and compute.", 2),
                        new KeyPoint("group-sampling", "Several completions are sampled for the same prompt and scored as a group.", 1),
                        new KeyPoint("group-normalised-advantage", "The advantage is the reward normalised by the group's mean and standard deviation.", 2),
                        new KeyPoint("kl-in-loss", "A KL penalty to the reference policy is added directly to the loss rather than to the reward.", 1)),
                List.of(
                        new Misconception("grpo-is-offline", "GRPO is an offline method like DPO that needs no sampling during training."),
                        new Misconception("grpo-no-reward", "GRPO does not need any reward signal.")));
    }

    static String grpoPartialAnswer() {
        return "GRPO gets rid of the critic network that PPO trains alongside the policy, so it needs much less memory. "
                + "Instead it samples several answers for each prompt and compares them with each other.";
    }

    static Rubric ppoClipping() {
        return new Rubric(
                "Why does PPO clip the probability ratio in its objective?",
                "PPO clips the ratio between the new and the old policy probabilities to a small interval around one. "
                        + "This keeps each update close to the policy that collected the data, like a cheap trust region. "
                        + "Taking the minimum of the clipped and unclipped terms gives a pessimistic bound, so the policy gains nothing from moving too far.",
                List.of(
                        new KeyPoint("ratio-interval", "The ratio of new to old policy probabilities is clipped to an interval such as 1 plus or minus epsilon.", 1),
                        new KeyPoint("trust-region", "Clipping keeps updates close to the data-collecting policy, approximating a trust region without second-order methods.", 2),
                        new KeyPoint("pessimistic-min", "The objective takes the minimum of clipped and unclipped terms, a pessimistic bound that removes the incentive for large steps.", 1)),
                List.of(new Misconception("clip-the-reward", "PPO clips the rewards so that they stay between minus one and one.")));
    }
}
