/** The show/hide toggle of password inputs, named in Chinese for screen readers. */
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';

/** `iconRender` of `Input.Password`: the toggle says what clicking it does. */
export function passwordIcon(visible: boolean) {
  return visible ? <EyeOutlined aria-label="隐藏密码" /> : <EyeInvisibleOutlined aria-label="显示密码" />;
}
