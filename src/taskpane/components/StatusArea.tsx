import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from "@fluentui/react-components";
import type { AnalysisView } from "../analysis/analysisView.types";
import { useStrings } from "../strings/stringsContext";

export type StatusAreaProps = Pick<
  AnalysisView,
  "busy" | "task" | "message" | "problem" | "previousSheet" | "dismissMessage" | "restorePrevious"
> & {
  /** The failed analysis still offers columns to correct (the hint names them only then). */
  hasColumns: boolean;
};

/**
 * A spinner while a task runs; the outcome of the last task (dismissible, gone when the next task starts) and any setup
 * problem, each in a MessageBar. Not sticky: it never covers what has focus. Each message is announced once, when it
 * appears: errors assertively, successes politely.
 */
export function StatusArea(props: StatusAreaProps) {
  const { busy, task, message, problem, previousSheet } = props;
  const strings = useStrings();
  return (
    <>
      {busy && task && <Spinner size="small" labelPosition="after" label={strings.running[task]} />}
      {message && (
        <MessageBar key={message.id} intent={message.intent} politeness={message.intent === "error" ? "assertive" : "polite"}>
          <MessageBarBody>
            <MessageBarTitle>{message.intent === "error" ? strings.failureTitle : strings.doneTitle}</MessageBarTitle>
            {message.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label={strings.dismiss} onClick={props.dismissMessage}>
                {strings.close}
              </Button>
            }
          />
        </MessageBar>
      )}
      {problem && (
        <MessageBar intent="error" layout="multiline" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>{strings.problemTitle}</MessageBarTitle>
            {problem} <Text>{props.hasColumns ? strings.problemHintColumns : strings.problemHint}</Text>
          </MessageBarBody>
          {previousSheet && (
            <MessageBarActions>
              <Button size="small" onClick={props.restorePrevious}>
                {strings.restorePrevious(previousSheet)}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </>
  );
}
