// Shapes a teacher's `init` reads differently from the core alone (the NLP library's people, the page's headline and
// date): run as `readquiz init` runs, on an article's own paragraphs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'readquiz-init-trial-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function draftOf(article: string): Promise<string> {
  writeFileSync(join(dir, 'article.txt'), article);
  const code = await main(['init', 'article.txt', '-o', 'bank.yaml'], fakeIo({ cwd: dir }));
  expect(code).toBe(0);
  return readFileSync(join(dir, 'bank.yaml'), 'utf8');
}

describe('trial 126: Ahmadinejad at Columbia University (Wikinews, CC BY 2.5)', () => {
  // As the teacher pasted it, with Wikinews's page furniture around the story (some of it written by the trial).
  const article =
    'Iranian President Ahmadinejad speaks at Columbia University\nFrom Wikinews, the free news source you can write!\nJump to navigation Jump to search\nTuesday, September 25, 2007\nMahmoud Ahmadinejad, President of Iran (file photo)\nImage: Wikimedia Commons.\nInvited to participate in a debate at Columbia University during his visit to New York City this week to address the United Nations General Assembly, Iranian president Mahmoud Ahmadinejad engaged University president Lee Bollinger on a number of topics, including his country\'s human rights record, opinions on Israel and the Holocaust and the role of nuclear weapons and terrorism on the global stage. The Iranian president\'s speech was marked by protests, but also drew applause from students.\nBollinger opened the debate addressing critics, stating that "To those who believe that this event should never have happened, that it is inappropriate for the university to conduct such an event, I want to say that I understand your perspective and respect it as reasonable ... it is an experiment, as all life is an experiment. This is the right thing to do and indeed, it is required by the existing norms of free speech"\nBollinger then gave his opening address, turning to Ahmadinejad and stating:\nMr. President, you exhibit all the signs of a petty and cruel dictator, and so I ask you, why have women, members of the Bahá\'í Faith, homosexuals and so many of our academic colleagues become targets of persecution in your country?"\n"Why do you support well-documented terrorist organizations that continue to strike at peace and democracy in the Middle East, destroying lives and the civil society of the region? Frankly, and in all candor Mr. President, I doubt that you will have the intellectual courage to answer these questions, but your avoiding them will in itself be meaningful to us. I do expect you to exhibit the fanatical mind-set that characterizes what you say and do.\nAfter reciting the Bismillah and asking for guidance from God, Ahmadinejad countered that "In Iran, tradition requires that when we invite a person to be a speaker, we actually respect our students and the professors by allowing them to make their own judgment and we don’t think it’s necessary before the speech is even given to come in with a series of claims ..."\nAhmadinejad\'s most pointed arguments, though, were directed at the administration of George W. Bush. "They do not respect the privacy of their own people. They tap telephone calls … They create an insecure psychological atmosphere, in order to justify their war-mongering acts in different parts of the world."\nThe Iranian president attacked what he considered to be errors of American imperialism. "By using precise scientific methods and planning, they begin their onslaught on the domestic cultures of nations, which are the result of thousands of years of interaction, creativity and artistic activity. They try to eliminate these cultures in order to strip people of their identity."\nAhmadinejad questioned U.S. nuclear policy. "Making nuclear, chemical and biological bombs and weapons of mass destruction is yet another result of the misuse of science and research by the big powers." He added, "Without the cooperation of certain scientists and scholars, we would not have witnessed production of different nuclear, chemical and biological weapons. Are these weapons to protect global security? What can a perpetual nuclear umbrella achieve for the sake of humanity? If nuclear war is waged between nuclear powers, what human catastrophe will take place?"\nIn a rebuttal to claims that his country oppressed women and homosexuals, Ahmadinejad responded by claiming "It is wrong for some governments, when they disagree with another government, to ... spread lies", pointing to the fact that over 50% of Iranian voters are female, and the two female Vice Presidents. When challenged by Bollinger for Iran\'s treatment of gays he stated that "In Iran we don\'t have homosexuals like in your country," drawing laughter from the audience. "In Iran we do not have this phenomenon, I don\'t know who has told you that we have it."\nHe framed questioning of the Holocaust as stifled academic debate: "Right now, there are a number of European academics who have been sent to prison because they attempted to write about the Holocaust or research it from a different perspective, questioning certain aspects of it," later adding that "you shouldn\'t ask me why I\'m asking questions, you should ask yourselves why you ... want to stop. Do you ever take what is known as absolute in physics? We had principles in mathematics that were granted to be absolute for over 800 years, but new science has ... gone forward."\nThe first question from the audience addressed the controversial issue of the leader\'s position on Israel. Ahmadinejad did not directly respond to the subject of Israel - stating "We love all nations. We love the Jewish people. There are many Jews living in Iran, with peace and security.", and concluded that it was not a question of Israel\'s right to exist, but of Palestinian self-determination.\nCountering claims that his country supports terrorism, he replied, "We’re a cultured nation. We don’t need to resort to terrorism. We’ve been victims of terrorism ourselves. It’s regrettable that people who argued they are fighting terrorism — instead of supporting the Iranian nation — are supporting the terrorists and then turn the finger at us."\nThe final question from the audience asked whether Iran would engage in talks with the United States, to which he replied "If the U.S. government recognizes the rights of the Iranian people, respects all nations and extends a hand of friendship to all Iranians, they will see that Iranians will be among their best friends."\nIn closing, Ahmadinejad extended gratitude and thanks to the University, and welcomed both students and faculty to attend Iranian universities and give lectures themselves to the students.\nRelated news\nIran\'s President Ahmadinejad addresses United Nations General Assembly\nSources\n"Ahmadinejad speaks; outrage and controversy follow" — CNN, September 24, 2007\n"Iranian Leader Opens Door to Sharp Questions at Columbia" — The New York Times, September 24, 2007\n"Ahmadinejad at Columbia University: transcript" — Columbia Spectator, September 24, 2007\nShare this:\nFacebook Twitter Reddit Digg Email\nThis page is archived, and is no longer publicly editable. Articles presented on Wikinews reflect the specific time at which they were written and published, and do not attempt to encompass events or knowledge which occur or become known after their publication. Got a correction? Add the template {{editprotected}} to the talk page along with your corrections, and it will be brought to the attention of the administrators.\nPlease note that due to our archival policy, we will not accept new comments on this article.\nCategories: September 25, 2007 | North America | United States | New York | New York City | Middle East | Iran | Politics and conflicts | Mahmoud Ahmadinejad | Education | Published | Archived\nNavigation menu\nMain page | Recent changes | Random article | Help\nThis page was last edited on 26 August 2013, at 14:22.\nText and images is available under the Creative Commons Attribution 2.5 License; additional terms may apply.\nPrivacy policy About Wikinews Disclaimers Mobile view\n';

  it('makes no person of "the two female Vice Presidents" and gives "He ...: “...”, later adding “...”" to Ahmadinejad', async () => {
    const yaml = await draftOf(article);
    expect(yaml).not.toMatch(/name: Presidents$/m);
    expect(yaml).not.toMatch(/speaker: (?:holocaust|presidents)$/m);
    expect(yaml).toMatch(/text: you shouldn't ask me why I'm asking questions[^\n]*\n#? *speaker: mahmoud-ahmadinejad/);
  });
});

describe('retrial 349: one voice, quoted twice in a paragraph', () => {
  it('tells the second quotation what it lacks, not that the first one is drafted, when both wait', async () => {
    const yaml = await draftOf(
      [
        'Moderate harmful algal bloom predicted for western Lake Erie',
        '',
        'NOAA and its research partners are forecasting a moderate harmful algal bloom in western Lake Erie this summer.',
        '',
        'The forecast was announced today during a briefing at a laboratory on the lake. The bloom is expected to cover 300 square miles.',
        '',
        '“Understanding hazards such as harmful algal blooms helps us ensure the Great Lakes are a power in the Blue Economy,” said Nicole LeBoeuf, director of the National Ocean Service. “As the science behind our forecasts improves, we can give communities better information to plan for varying blooms.”',
        '',
      ].join('\n'),
    );
    const second = yaml.slice(yaml.indexOf('As the science behind'));
    const notes = yaml.slice(0, yaml.indexOf('As the science behind')).split('# - id:').at(-2) ?? '';
    expect(second.length).toBeGreaterThan(0);
    expect(notes).not.toMatch(/only that one is drafted|only one is drafted, its first statement/);
    expect(notes).toMatch(/ask this as a written fact/);
  });
});
