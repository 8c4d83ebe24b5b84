import { describe, expect, it } from 'vitest';
import { KUBECTL_DESCRIBE_TABWRITER, KUBECTL_GET_TABWRITER, tabwrite } from './tabwriter';

describe('tabwrite (Go text/tabwriter as kubectl configures it)', () => {
  it('pads each column to its widest cell plus the padding, and never pads the text after the last tab', () => {
    expect(tabwrite('NAME\tAGE\nmyapp\t5m\n', KUBECTL_GET_TABWRITER)).toBe('NAME    AGE\nmyapp   5m\n');
  });

  it('keeps kubectl get columns at least six characters wide', () => {
    expect(tabwrite('A\tB\nx\ty\n', KUBECTL_GET_TABWRITER)).toBe('A     B\nx     y\n');
  });

  it('sizes a column per block of consecutive lines, as describe relies on for its Port lines', () => {
    const text = 'Type:\tClusterIP\nPort:\thttp\t38080/TCP\nTargetPort:\t8080/TCP\nNodePort:\t<unset>\t30080/TCP\n';
    expect(tabwrite(text, KUBECTL_DESCRIBE_TABWRITER)).toBe(
      'Type:        ClusterIP\nPort:        http  38080/TCP\nTargetPort:  8080/TCP\nNodePort:    <unset>  30080/TCP\n',
    );
  });

  it('pads an empty cell, so continuation lines align under the value column', () => {
    expect(tabwrite('Labels:\ta=1\n\tb=2\nName:\tx\n', KUBECTL_DESCRIBE_TABWRITER)).toBe('Labels:  a=1\n         b=2\nName:    x\n');
  });

  it('counts characters, not UTF-16 units, like Go counts runes', () => {
    expect(tabwrite('é\tx\nab\ty\n', { minWidth: 0, padding: 1 })).toBe('é  x\nab y\n');
  });
});
